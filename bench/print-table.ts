// The bench's table: throughput per stage, memory, and how clash time grows against n log n.
import { addTimings, type SizeFigures, type Timing } from "./measure-size";

/** `1.23 s (cpu 1.01 s) 81,300/s`: wall-clock time, CPU time, rows per wall-clock second. */
function timing(rows: number, t: Timing): string {
  return `${t.seconds.toFixed(2)} s (cpu ${t.cpuSeconds.toFixed(2)}) ${Math.round(rows / t.seconds).toLocaleString("en")}/s`;
}

export function formatTable(figures: SizeFigures[]): string {
  const head = ["rows", "papaparse (floor)", "rows→events (dates)", "checks", "parse+validate", "clashes (sweep)", "clashes (all pairs)", "end to end", "clash cpu µs / (n log₂n)", "clashes found", "peak RSS", "peak heap"];
  const lines = figures.map((f) => {
    const n = f.rowCount;
    const parseAndValidate = addTimings(addTimings(f.parse, f.rows), f.checks);
    const nLogN = n * Math.log2(n);
    return [
      n.toLocaleString("en"),
      timing(n, f.parse),
      timing(n, f.rows),
      timing(n, f.checks),
      timing(n, parseAndValidate),
      timing(n, f.clash),
      f.allPairsSeconds === null ? "not run" : `${f.allPairsSeconds.toFixed(2)} s${f.allPairsAgrees ? "" : " (DIFFERS)"}`,
      timing(n, addTimings(parseAndValidate, f.clash)),
      ((f.clash.cpuSeconds * 1e6) / nLogN).toFixed(4),
      f.clashes.toLocaleString("en"),
      `${Math.round(f.peakRssMiB)} MiB`,
      `${Math.round(f.peakHeapMiB)} MiB`,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [row(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...lines.map(row)].join("\n");
}
