import { eachRow } from "./check-types";
import { makeIssue } from "./issue-codes";

export const checkMissingTitle = eachRow(({ event }) =>
  event.title === ""
    ? [makeIssue(event, "Event", "missing-title", `Row ${event.row} has no event name; type the name of the meeting or process in the Event column.`)]
    : [],
);
