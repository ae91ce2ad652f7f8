// Measures one mapping size in this process: generate (untimed) → papaparse → rows and
// validation → clash detection by sweep → (small sizes) the all-pairs reference.
import Papa from "papaparse";
import { findClashes } from "../sync-service/src/mapping/clashes/find-clashes";
import { findClashesAllPairs } from "../sync-service/src/mapping/clashes/find-clashes-all-pairs";
import { readRows } from "../sync-service/src/mapping/rows/read-rows";
import type { Cell, SheetInput } from "../sync-service/src/mapping/types";
import { validateRows } from "../sync-service/src/mapping/validation/validate-rows";
import { generateChunk } from "./generate-mapping";

/** Wall-clock seconds, and the CPU seconds this process used meanwhile (all its threads). */
export interface Timing {
  seconds: number;
  cpuSeconds: number;
}

export interface SizeFigures {
  rowCount: number;
  parse: Timing;
  /** Rows → events, dates parsed (checkMapping's `readRows`). */
  rows: Timing;
  /** The validation checks (checkMapping's `validateRows`). */
  checks: Timing;
  clash: Timing;
  allPairsSeconds: number | null;
  /** Whether the all-pairs reference found exactly the sweep's clashes (null when not run). */
  allPairsAgrees: boolean | null;
  clashes: number;
  issues: number;
  undated: number;
  peakRssMiB: number;
  peakHeapMiB: number;
}

const CHUNK_ROWS = 50_000;
/** The all-pairs reference looks at n²/2 pairs: run it only while that stays in seconds. */
export const ALL_PAIRS_MAX_ROWS = 20_000;

class Stopwatch {
  private readonly wall = process.hrtime.bigint();
  private readonly cpu = process.cpuUsage();

  read(): Timing {
    const cpu = process.cpuUsage(this.cpu);
    return { seconds: Number(process.hrtime.bigint() - this.wall) / 1e9, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  }
}

export function addTimings(x: Timing, y: Timing): Timing {
  return { seconds: x.seconds + y.seconds, cpuSeconds: x.cpuSeconds + y.cpuSeconds };
}

export function measureSize(rows: number, seed: number, log: (line: string) => void): SizeFigures {
  let peakHeap = 0;
  const sampleMemory = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };

  // 1. papaparse, chunk by chunk (the bare parse: the floor under parse + validate).
  const sheet: SheetInput = { header: [], rows: [] };
  let parse: Timing = { seconds: 0, cpuSeconds: 0 };
  for (let from = 0; from < rows; from += CHUNK_ROWS) {
    const text = generateChunk(from, Math.min(CHUNK_ROWS, rows - from), { totalRows: rows, seed });
    const watch = new Stopwatch();
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    parse = addTimings(parse, watch.read());
    const data = parsed.data;
    let first = 0;
    if (from === 0) {
      sheet.header = data[0];
      first = 1;
    }
    for (let i = first; i < data.length; i++) sheet.rows.push({ row: sheet.rows.length + 2, cells: data[i] as Cell[] });
    sampleMemory();
    if (rows >= 200_000) log(`  ${sheet.rows.length.toLocaleString("en")} rows parsed`);
  }

  // 2. rows → events and validation (checkMapping's part before clashes).
  let watch = new Stopwatch();
  const read = readRows(sheet, { today: "2017-01-01" });
  if (!read.ok) throw new Error(`the generated header was not understood: ${read.message}`);
  const rowTiming = watch.read();
  sampleMemory();
  log(`  rows read, dates parsed in ${rowTiming.seconds.toFixed(2)} s`);
  watch = new Stopwatch();
  const issues = validateRows(read.rows, read.columns, []);
  const checks = watch.read();
  sampleMemory();
  log(`  validated in ${checks.seconds.toFixed(2)} s (${issues.length.toLocaleString("en")} issues)`);

  // 3. clash detection by sort-and-sweep.
  const events = read.rows.map((r) => r.event);
  watch = new Stopwatch();
  const found = findClashes(events);
  const clash = watch.read();
  sampleMemory();
  log(`  ${found.clashes.length.toLocaleString("en")} clashes found in ${clash.seconds.toFixed(2)} s`);

  // 4. the all-pairs reference, where feasible.
  let allPairsSeconds: number | null = null;
  let allPairsAgrees: boolean | null = null;
  if (rows <= ALL_PAIRS_MAX_ROWS) {
    watch = new Stopwatch();
    const reference = findClashesAllPairs(events);
    allPairsSeconds = watch.read().seconds;
    allPairsAgrees = JSON.stringify(reference.clashes) === JSON.stringify(found.clashes);
    log(`  all pairs: ${allPairsSeconds.toFixed(2)} s, ${allPairsAgrees ? "same clashes" : "DIFFERENT clashes"}`);
  }

  return {
    rowCount: rows,
    parse,
    rows: rowTiming,
    checks,
    clash,
    allPairsSeconds,
    allPairsAgrees,
    clashes: found.clashes.length,
    issues: issues.length,
    undated: found.undated.length,
    // maxRSS is the process's peak resident memory (KiB), including moments between samples.
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    peakHeapMiB: peakHeap / 1024 / 1024,
  };
}
