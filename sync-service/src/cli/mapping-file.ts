// What the sub-commands that take a mapping file share: the --today check, today's date, reading the file.
import { matchColumns } from "../mapping/rows/columns";
import type { SheetInput } from "../mapping/types";
import { readSheetFile } from "../sheet-files/read-sheet-file";

/** An error message for a `--today` that is not `YYYY-MM-DD`, or null when it is fine or absent. */
export function todayProblem(today: string | undefined): string | null {
  return today === undefined || /^\d{4}-\d{2}-\d{2}$/.test(today) ? null : `--today must be a day like 2016-11-17, not "${today}".`;
}

/** Today's date where the command runs (local time), `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Reads the mapping file and checks its header has an event column; on failure says why on stderr,
 * prefixed by the command, and returns null (the command then exits 2).
 */
export async function readMappingFile(command: string, file: string, sheet?: string): Promise<SheetInput | null> {
  const read = await readSheetFile(file, { sheet });
  if (!read.ok) {
    process.stderr.write(`mapping ${command}: ${read.message}\n`);
    return null;
  }
  const header = matchColumns(read.sheet.header);
  if (!header.ok) {
    process.stderr.write(`mapping ${command}: cannot read "${file}" as a mapping. ${header.message}\n`);
    return null;
  }
  return read.sheet;
}
