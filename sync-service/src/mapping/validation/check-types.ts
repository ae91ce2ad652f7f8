import type { ColumnMap } from "../rows/columns";
import type { ParsedRow } from "../rows/parsed-row";
import type { ValidationIssue } from "../types";

/** What every check sees: the parsed rows of one sheet and the ids known elsewhere. */
export interface CheckContext {
  rows: ParsedRow[];
  columns: ColumnMap;
  /** Ids that exist outside this sheet, for `Related to`. */
  knownIds: ReadonlySet<string>;
}

/** One validation check: reads the whole sheet, returns its findings. */
export type Check = (context: CheckContext) => ValidationIssue[];

/** A check that looks at one row at a time. */
export function eachRow(check: (row: ParsedRow, context: CheckContext) => ValidationIssue[]): Check {
  return (context) => context.rows.flatMap((row) => check(row, context));
}
