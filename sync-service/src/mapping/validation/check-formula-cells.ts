import { eachRow } from "./check-types";
import { makeIssue } from "./issue-codes";

const FORMULA_START = /^[=+\-@]/;

/** formula-like-cell: text that a spreadsheet opening the feed might run as a formula. */
export const checkFormulaCells = eachRow(({ event, cells }) =>
  cells
    .filter((cell) => cell.isText && FORMULA_START.test(cell.text))
    .map((cell) =>
      makeIssue(
        event,
        cell.column,
        "formula-like-cell",
        `The ${cell.column} cell starts with "${cell.text[0]}", which spreadsheets read as the start of a formula.`,
        "Start the text with a letter or digit (remove the leading sign).",
      ),
    ),
);
