// `npm run bench`: the domain core at 1k, 10k, 100k and 1M rows. Each size runs in a child
// process of its own (clean peak-memory figures, memory returned between sizes) with a time
// limit, so the bench always stops by itself. Prints a progress line per stage and a table.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import os from "node:os";
import { measureSize, type SizeFigures } from "./measure-size";
import { formatTable } from "./print-table";
import { ROWS_PER_YEAR } from "./generate-mapping";

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const SEED = 2016_11_17;
/** Each size must finish within 60 s plus 0.6 ms a row (10 minutes for a million rows). */
const timeLimitMs = (rows: number) => 60_000 + rows * 0.6;
const CHILD_HEAP_MIB = 6144;
const RESULT_PREFIX = "RESULT ";

function runChild(rows: number): SizeFigures | string {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${CHILD_HEAP_MIB}`, fileURLToPath(import.meta.url), "--size", String(rows)],
    { encoding: "utf8", timeout: timeLimitMs(rows), stdio: ["ignore", "pipe", "inherit"], maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.error) return `stopped: ${child.error.message}`;
  const line = child.stdout.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
  if (child.status !== 0 || !line) return `failed (exit ${child.status ?? child.signal})`;
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as SizeFigures;
}

function main(argv: string[]): void {
  const sizeFlag = argv.indexOf("--size");
  if (sizeFlag >= 0) {
    const rows = Number(argv[sizeFlag + 1]);
    const figures = measureSize(rows, SEED, (line) => console.error(line));
    console.log(RESULT_PREFIX + JSON.stringify(figures));
    return;
  }
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const load = () => os.loadavg().map((l) => l.toFixed(1)).join(" ");
  console.log(`bench: domain core, ${os.cpus().length} × ${cpu}, Node ${process.version}, ${ROWS_PER_YEAR} rows per year of dates`);
  console.log(`load average at start: ${load()} (other work on the machine slows wall-clock figures; cpu figures are this process's own)`);
  const results: SizeFigures[] = [];
  for (const rows of SIZES) {
    console.error(`${rows.toLocaleString("en")} rows:`);
    const figures = runChild(rows);
    if (typeof figures === "string") {
      console.error(`  ${rows.toLocaleString("en")} rows ${figures}; larger sizes skipped`);
      break;
    }
    results.push(figures);
  }
  console.log(formatTable(results));
  console.log(`load average at end: ${load()}`);
}

main(process.argv.slice(2));
