// Cell colours for issues, like the Excel add-in: errors red, warnings amber. Only colours this
// add-on set are ever reset, so a person's own formatting stays.
import type { ValidationIssue } from "../../../sync-service/src/mapping/types";
import type { SheetLayout } from "../../../sync-service/src/gsheets/sheet-layout";
import { columnNamed } from "../../../sync-service/src/gsheets/sheet-layout";
import type { GasSheet } from "./apps-script";

export const ERROR_COLOR = "#f4c7c3";
export const WARNING_COLOR = "#fce8b2";
const OURS = new Set([ERROR_COLOR, WARNING_COLOR]);

/** `rowOf` turns an issue into its 0-based snapshot row (undefined: not in this sheet). */
export function highlightIssues(
  sheet: GasSheet,
  layout: SheetLayout,
  issues: ValidationIssue[],
  rowOf: (issue: ValidationIssue) => number | undefined,
): void {
  const wanted = new Map<string, string>();
  for (const issue of issues) {
    const row = rowOf(issue);
    if (row === undefined) continue;
    const key = `${row},${columnNamed(layout, issue.column) ?? layout.statusColumn}`;
    if (issue.severity === "error" || !wanted.has(key)) wanted.set(key, issue.severity === "error" ? ERROR_COLOR : WARNING_COLOR);
  }
  const current = sheet.getDataRange().getBackgrounds();
  current.forEach((cells, row) =>
    cells.forEach((color, column) => {
      const key = `${row},${column}`;
      const want = wanted.get(key);
      wanted.delete(key);
      if (want && want !== color) sheet.getRange(row + 1, column + 1).setBackground(want);
      else if (!want && OURS.has(color.toLowerCase())) sheet.getRange(row + 1, column + 1).setBackground(null);
    }),
  );
  for (const [key, color] of wanted) {
    const [row, column] = key.split(",").map(Number) as [number, number];
    sheet.getRange(row + 1, column + 1).setBackground(color);
  }
}
