// checkMapping over every row the sheet should hold, reading (date parsing and all) only the
// rows not seen before: a 1,000-row sync with 10 edits reads 10 rows, then validates and
// finds clashes over all of them. The same steps as checkMapping (mapping/check.ts), with
// readRows fed the uncached rows only.
import { findClashes } from "../mapping/clashes/find-clashes";
import { COLUMNS } from "../mapping/rows/columns";
import type { ParsedRow } from "../mapping/rows/parsed-row";
import { readRows } from "../mapping/rows/read-rows";
import type { Acknowledgement, MappingReport, SheetRow } from "../mapping/types";
import { validateRows } from "../mapping/validation/validate-rows";
import type { PlannedRow } from "./plan-sync";

/** The canonical columns the store's fields are checked in. */
export const CHECK_HEADER = COLUMNS.map((c) => c.name);

const MAX_ENTRIES = 50_000;

/** Parsed rows by what they say (cells and today), reusable whatever row number they sit at. */
export class ParsedRowCache {
  private entries = new Map<string, ParsedRow>();

  get(key: string, row: number): ParsedRow | undefined {
    const hit = this.entries.get(key);
    return hit && { ...hit, event: { ...hit.event, row } };
  }

  set(key: string, parsed: ParsedRow): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, parsed);
  }
}

export function checkPlannedRows(
  rows: readonly PlannedRow[],
  opts: { today: string; acknowledgements: Acknowledgement[]; cache: ParsedRowCache },
): MappingReport {
  const sheetRows: SheetRow[] = rows.map((r) => ({ row: r.row, cells: CHECK_HEADER.map((name) => (name === "ID" ? r.id : (r.fields[name] ?? null))) }));
  const keys = sheetRows.map((r) => `${opts.today}\u0001${JSON.stringify(r.cells)}`);
  const parsed: (ParsedRow | undefined)[] = sheetRows.map((r, i) => opts.cache.get(keys[i], r.row));
  const missing = sheetRows.filter((_, i) => parsed[i] === undefined);
  const read = readRows({ header: CHECK_HEADER, rows: missing }, { today: opts.today });
  if (!read.ok) throw new Error(`the canonical header did not match: ${read.message}`); // a bug, not bad input
  const fresh = new Map(read.rows.map((p) => [p.event.row, p]));
  const all = sheetRows.map((r, i) => {
    const p = parsed[i] ?? fresh.get(r.row)!;
    if (!parsed[i]) opts.cache.set(keys[i], p);
    return p;
  });
  const events = all.map((p) => p.event);
  const issues = validateRows(all, read.columns, []);
  const { clashes, undated } = findClashes(events, { acknowledgements: opts.acknowledgements });
  return { events, issues, clashes, undated };
}
