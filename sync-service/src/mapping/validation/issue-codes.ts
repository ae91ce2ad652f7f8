import type { EventRef, IssueCode, Severity, ValidationIssue } from "../types";

/** Every issue code with its severity and what it means (the README table is this list). */
export const ISSUE_CODES: Readonly<Record<IssueCode, { severity: Severity; meaning: string }>> = {
  "missing-title": { severity: "error", meaning: "The event name is blank (or the header has no event column)." },
  "unparseable-date": { severity: "error", meaning: "The date text could not be understood; it is never guessed." },
  "impossible-date": { severity: "error", meaning: "The date names a day that does not exist (February 30)." },
  "end-before-start": { severity: "error", meaning: "The date range ends before it starts." },
  "duplicate-id": { severity: "error", meaning: "Two rows carry the same ID." },
  "malformed-url": { severity: "error", meaning: "The Outcome URL is not an absolute http(s) address." },
  "unknown-related-event": { severity: "error", meaning: "Related to names an ID that no event has." },
  "cell-too-long": { severity: "error", meaning: "A cell is over its column's length limit." },
  "missing-date": { severity: "warning", meaning: "The date cell is blank; the date is treated as to be determined." },
  "unknown-focal-point": { severity: "warning", meaning: "A focal point is not in the known list; the nearest known one is suggested." },
  "tentative-location": { severity: "warning", meaning: "The location is marked TBC or TBD." },
  "date-tbd": { severity: "warning", meaning: "The date says it is to be determined." },
  "recurring-without-next": { severity: "warning", meaning: "A recurring date whose next occurrence cannot be worked out." },
  "weekday-mismatch": { severity: "warning", meaning: "A weekday in the date text does not fall on the date it names." },
  "probable-duplicate": { severity: "warning", meaning: "Another row looks like the same event (same name and year, or the same numbered edition)." },
  "formula-like-cell": { severity: "warning", meaning: "A cell starts with =, +, - or @ and may be run as a formula by a spreadsheet." },
};

/** Builds an issue about one row's column, its severity taken from the code. */
export function makeIssue(
  row: EventRef,
  column: string,
  code: IssueCode,
  message: string,
  suggestion: string | null = null,
): ValidationIssue {
  return { row: row.row, id: row.id, column, code, severity: ISSUE_CODES[code].severity, message, suggestion };
}
