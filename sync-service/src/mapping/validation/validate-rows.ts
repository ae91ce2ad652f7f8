import type { ColumnMap } from "../rows/columns";
import type { ParsedRow } from "../rows/parsed-row";
import type { ValidationIssue } from "../types";
import { checkCellLength } from "./check-cell-length";
import { checkDateErrors } from "./check-date-errors";
import { checkDateTbd } from "./check-date-tbd";
import { checkDuplicateId } from "./check-duplicate-id";
import { checkFocalPoints } from "./check-focal-points";
import { checkFormulaCells } from "./check-formula-cells";
import { checkMissingDate } from "./check-missing-date";
import { checkMissingTitle } from "./check-missing-title";
import { checkOutcomeUrl } from "./check-outcome-url";
import { checkProbableDuplicate } from "./check-probable-duplicate";
import { checkRecurringNext } from "./check-recurring-next";
import { checkRelatedEvent } from "./check-related-event";
import { checkTentativeLocation } from "./check-tentative-location";
import type { Check } from "./check-types";
import { checkWeekday } from "./check-weekday";

export const CHECKS: readonly Check[] = [
  checkMissingTitle,
  checkDateErrors,
  checkDuplicateId,
  checkOutcomeUrl,
  checkRelatedEvent,
  checkCellLength,
  checkMissingDate,
  checkFocalPoints,
  checkTentativeLocation,
  checkDateTbd,
  checkRecurringNext,
  checkWeekday,
  checkProbableDuplicate,
  checkFormulaCells,
];

/** SPEC 5: every check over the sheet, issues sorted by row, then column left to right, then code. */
export function validateRows(rows: ParsedRow[], columns: ColumnMap, knownIds: Iterable<string> = []): ValidationIssue[] {
  const context = { rows, columns, knownIds: new Set(knownIds) };
  const positions = new Map(columns.names.map((name, index) => [name, index]));
  const position = (column: string): number => positions.get(column) ?? columns.names.length;
  return CHECKS.flatMap((check) => check(context)).sort(
    (a, b) => a.row - b.row || position(a.column) - position(b.column) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
