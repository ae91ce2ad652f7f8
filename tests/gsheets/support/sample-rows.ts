// The sample mapping (SPEC's 17 November 2016 file) as rows of cells, for seeding fake sheets.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";

export const SAMPLE_CSV = join(process.cwd(), "sync-service/sample/process-mapping-2016-11-17.csv");

export function sampleRows(limit = Infinity): string[][] {
  const parsed = Papa.parse<string[]>(readFileSync(SAMPLE_CSV, "utf8"), { skipEmptyLines: true });
  return parsed.data.slice(0, limit + 1);
}
