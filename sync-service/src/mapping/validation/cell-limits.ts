/** Longest text each column accepts, in characters (README "Validation codes" documents these). */
export const CELL_LIMITS: Readonly<Record<string, number>> = {
  ID: 100,
  "Month/year": 500,
  Event: 500,
  Location: 500,
  "Focal Point": 500,
  Description: 10_000,
  "Related to": 100,
  "Outcome URL": 2_000,
};

/** Any other column (passed through as typed). */
export const OTHER_COLUMN_LIMIT = 500;

export function cellLimit(column: string): number {
  return CELL_LIMITS[column] ?? OTHER_COLUMN_LIMIT;
}
