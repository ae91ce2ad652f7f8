// `mapping check FILE [--json] [--today YYYY-MM-DD] [--sheet NAME]`: validate a mapping file.
// Exit 0: no errors; 1: at least one row has an error; 2: the file, its header or the arguments cannot be used.
import { parseArgs } from "node:util";
import { checkMapping } from "../mapping/check";
import { formatCheckReport } from "./format-check-report";
import { localToday, readMappingFile, todayProblem } from "./mapping-file";

const USAGE = "Usage: mapping check FILE [--json] [--today YYYY-MM-DD] [--sheet NAME]";

function parseCheckArgs(args: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, today: { type: "string" }, sheet: { type: "string" } },
    });
    if (positionals.length !== 1) return { ok: false as const, message: `Give exactly one mapping file.\n${USAGE}` };
    const problem = todayProblem(values.today);
    if (problem) return { ok: false as const, message: problem };
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
  const sheet = await readMappingFile("check", parsed.file, parsed.sheet);
  if (!sheet) return 2;
  const report = checkMapping(sheet, { today: parsed.today });
  process.stdout.write(parsed.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatCheckReport(report)}\n`);
  return report.issues.some((i) => i.severity === "error") ? 1 : 0;
}
