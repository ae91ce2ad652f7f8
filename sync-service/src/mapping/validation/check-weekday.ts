import { eachRow } from "./check-types";
import { makeIssue } from "./issue-codes";

/** weekday-mismatch: passed on from the date parser's warnings. */
export const checkWeekday = eachRow(({ event, dateResult }) =>
  dateResult?.ok
    ? dateResult.warnings
        .filter((w) => w.code === "weekday-mismatch")
        .map((w) => makeIssue(event, "Month/year", "weekday-mismatch", w.message, "Check which of the weekday and the day number is right."))
    : [],
);
