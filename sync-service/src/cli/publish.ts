// `mapping publish FILE --out DIR [--today YYYY-MM-DD] [--sheet NAME]`: the feed files of a mapping
// file's error-free rows, written atomically to DIR. Rows with errors are held back and listed.
// Exit 0: the files were written; 2: the file, its header, the arguments or the output folder cannot be used.
import { parseArgs } from "node:util";
import { checkMapping } from "../mapping/check";
import { publishFromReport } from "../mapping/feed/publish-from-report";
import { renderFeedFiles } from "../mapping/feed/render-feed-files";
import { writeFeedFiles } from "../publish/write-feed-files";
import { readSheetFile } from "../sheet-files/read-sheet-file";
import { formatPublishSummary } from "./format-publish-summary";
import { localToday, todayProblem } from "./mapping-file";

const USAGE = "Usage: mapping publish FILE --out DIR [--today YYYY-MM-DD] [--sheet NAME]";

type PublishArgs = { ok: true; file: string; out: string; today: string | undefined; sheet: string | undefined } | { ok: false; message: string };

function parsePublishArgs(args: string[]): PublishArgs {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: "string" }, today: { type: "string" }, sheet: { type: "string" } },
    });
    if (positionals.length !== 1) return { ok: false, message: `Give exactly one mapping file.\n${USAGE}` };
    if (!values.out) return { ok: false, message: `Say where to write the feed with --out DIR.\n${USAGE}` };
    const problem = todayProblem(values.today);
    if (problem) return { ok: false, message: problem };
    return { ok: true, file: positionals[0], out: values.out, today: values.today, sheet: values.sheet };
  } catch (err) {
    return { ok: false, message: `${(err as Error).message}\n${USAGE}` };
  }
}

export async function runPublish(args: string[]): Promise<number> {
  const parsed = parsePublishArgs(args);
  if (!parsed.ok) {
    process.stderr.write(`mapping publish: ${parsed.message}\n`);
    return 2;
  }
  const read = await readSheetFile(parsed.file, { sheet: parsed.sheet });
  if (!read.ok) {
    process.stderr.write(`mapping publish: ${read.message}\n`);
    return 2;
  }
  const now = new Date();
  const report = checkMapping(read.sheet, { today: parsed.today ?? localToday(now) });
  const publication = publishFromReport(report, { version: 1, publishedAt: now.toISOString() });
  if (publication.sheetErrors.length > 0) {
    // An unreadable sheet must not publish an empty feed over a good one.
    const why = publication.sheetErrors.map((e) => `row ${e.row}: ${e.message}`).join("\n  ");
    process.stderr.write(`mapping publish: nothing written, the sheet cannot be published:\n  ${why}\n`);
    return 2;
  }
  const files = renderFeedFiles({ document: publication.document });
  const written = await writeFeedFiles(parsed.out, files);
  if (!written.ok) {
    process.stderr.write(`mapping publish: ${written.message}\n`);
    return 2;
  }
  process.stdout.write(`${formatPublishSummary(publication, written.written)}\n`);
  return 0;
}
