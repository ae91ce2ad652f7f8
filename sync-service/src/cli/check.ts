// `mapping check FILE [--json] [--today YYYY-MM-DD] [--sheet NAME]`: validate a mapping file.
// Exit 0: no errors; 1: at least one row has an error; 2: the file, its header or the arguments cannot be used.
import { parseArgs } from "node:util";
import { checkMapping } from "../mapping/check";
import { matchColumns } from "../mapping/rows/columns";
import { readSheetFile } from "../sheet-files/read-sheet-file";
import { formatCheckReport } from "./format-check-report";

const USAGE = "Usage: mapping check FILE [--json] [--today YYYY-MM-DD] [--sheet NAME]";

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function parseCheckArgs(args: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, today: { type: "string" }, sheet: { type: "string" } },
    });
    if (positionals.length !== 1) return { ok: false as const, message: `Give exactly one mapping file.\n${USAGE}` };
    if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
      return { ok: false as const, message: `--today must be a day like 2016-11-17, not "${values.today}".` };
    }
    return { ok: true as const, file: positionals[0], json: values.json, today: values.today ?? localToday(), sheet: values.sheet };
  } catch (err) {
    return { ok: false as const, message: `${(err as Error).message}\n${USAGE}` };
  }
}

export async function runCheck(args: string[]): Promise<number> {
  const parsed = parseCheckArgs(args);
  if (!parsed.ok) {
    process.stderr.write(`mapping check: ${parsed.message}\n`);
    return 2;
  }
  const read = await readSheetFile(parsed.file, { sheet: parsed.sheet });
  if (!read.ok) {
    process.stderr.write(`mapping check: ${read.message}\n`);
    return 2;
  }
  const header = matchColumns(read.sheet.header);
  if (!header.ok) {
    process.stderr.write(`mapping check: cannot read "${parsed.file}" as a mapping. ${header.message}\n`);
    return 2;
  }
  const report = checkMapping(read.sheet, { today: parsed.today });
  process.stdout.write(parsed.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatCheckReport(report)}\n`);
  return report.issues.some((i) => i.severity === "error") ? 1 : 0;
}
