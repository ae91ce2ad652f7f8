import { eachRow } from "./check-types";
import { makeIssue } from "./issue-codes";

const EXAMPLES = `Write it like "November 14, 2016", "December 2-3, 2016", "March 2017", "Third Quarter 2017" or "Date to be determined".`;

/** unparseable-date, impossible-date, end-before-start: the date parser's error, on the date cell. */
export const checkDateErrors = eachRow(({ event, dateResult }) => {
  if (!dateResult || dateResult.ok) return [];
  const { code, message } = dateResult.error;
  const suggestion = code === "unparseable-date" ? EXAMPLES : null;
  return [makeIssue(event, "Month/year", code, `The date "${dateResult.text}" cannot be used: ${message}`, suggestion)];
});
