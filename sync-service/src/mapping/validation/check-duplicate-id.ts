import type { ValidationIssue } from "../types";
import type { Check } from "./check-types";
import { makeIssue } from "./issue-codes";

/** duplicate-id: reported on every later row that repeats an earlier row's ID. */
export const checkDuplicateId: Check = ({ rows }) => {
  const firstRowById = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  for (const { event } of rows) {
    if (event.id === null) continue;
    const first = firstRowById.get(event.id);
    if (first === undefined) {
      firstRowById.set(event.id, event.row);
      continue;
    }
    issues.push(
      makeIssue(
        event,
        "ID",
        "duplicate-id",
        `The ID "${event.id}" is already used by row ${first}; each event needs its own ID.`,
        "Clear the ID of the row that is a new event; sync gives it a fresh one.",
      ),
    );
  }
  return issues;
};
