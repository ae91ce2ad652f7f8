import { eachRow } from "./check-types";
import { makeIssue } from "./issue-codes";

export const checkMissingDate = eachRow(({ event, dateResult }) =>
  dateResult === null
    ? [
        makeIssue(
          event,
          "Month/year",
          "missing-date",
          "The date is blank, so the event is listed as date to be determined and cannot be checked for clashes.",
          'Type the date, or "Date to be determined" if it is not known yet.',
        ),
      ]
    : [],
);
