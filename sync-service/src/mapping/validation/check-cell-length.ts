import { cellLimit } from "./cell-limits";
import { eachRow } from "./check-types";
import { makeIssue } from "./issue-codes";

/** cell-too-long: each column has a documented limit (cell-limits.ts). */
export const checkCellLength = eachRow(({ event, cells }) =>
  cells
    .filter((cell) => cell.text.length > cellLimit(cell.column))
    .map((cell) =>
      makeIssue(
        event,
        cell.column,
        "cell-too-long",
        `The ${cell.column} cell has ${cell.text.length} characters; the limit is ${cellLimit(cell.column)}.`,
        "Shorten it, or put the long text in a linked document.",
      ),
    ),
);
