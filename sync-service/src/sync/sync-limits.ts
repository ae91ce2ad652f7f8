import type { SyncRequest } from "./sync-types";

/** Beyond these a request is refused whole (413), before anything is read into the store. */
export const SYNC_LIMITS = {
  rows: 10_000,
  columns: 100,
  /** Excel's own limit for one cell. */
  cellChars: 32_767,
} as const;

export type LimitError = { code: "too-many-rows" | "too-many-columns" | "cell-too-large"; message: string };

export function checkSyncLimits(request: Pick<SyncRequest, "header" | "rows">): LimitError | null {
  if (request.rows.length > SYNC_LIMITS.rows) {
    return {
      code: "too-many-rows",
      message: `The sheet has ${request.rows.length} rows; one sync takes at most ${SYNC_LIMITS.rows}. Split the sheet.`,
    };
  }
  if (request.header.length > SYNC_LIMITS.columns) {
    return { code: "too-many-columns", message: `The header has ${request.header.length} columns; at most ${SYNC_LIMITS.columns} are accepted.` };
  }
  for (const row of request.rows) {
    if (row.cells.length > SYNC_LIMITS.columns) {
      return { code: "too-many-columns", message: `Row ${row.row} has ${row.cells.length} cells; at most ${SYNC_LIMITS.columns} are accepted.` };
    }
    const index = row.cells.findIndex((c) => typeof c === "string" && c.length > SYNC_LIMITS.cellChars);
    if (index >= 0) {
      const column = request.header[index] ?? `column ${index + 1}`;
      return {
        code: "cell-too-large",
        message: `Row ${row.row}, ${column}: the cell holds ${(row.cells[index] as string).length} characters; at most ${SYNC_LIMITS.cellChars} are accepted.`,
      };
    }
  }
  return null;
}
