import { eachRow } from "./check-types";
import { makeIssue } from "./issue-codes";

export const checkRecurringNext = eachRow(({ event, dateResult }) =>
  dateResult?.ok && dateResult.date.precision === "recurring" && dateResult.date.recurrence?.next == null
    ? [
        makeIssue(
          event,
          "Month/year",
          "recurring-without-next",
          `The date "${dateResult.date.text}" repeats, but its next occurrence cannot be worked out, so it will not appear in calendars.`,
          "Add the date of the next meeting, for example in a new row.",
        ),
      ]
    : [],
);
