import { eachRow } from "./check-types";
import { makeIssue } from "./issue-codes";

export const checkDateTbd = eachRow(({ event, dateResult }) =>
  dateResult?.ok && dateResult.date.status === "tbd"
    ? [
        makeIssue(
          event,
          "Month/year",
          "date-tbd",
          `The date is still to be determined ("${dateResult.date.text}"); the event cannot be checked for clashes until it is set.`,
        ),
      ]
    : [],
);
