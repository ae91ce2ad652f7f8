// The issue list: one line per finding, errors first; clicking one selects its cell.
import type { ValidationIssue } from "../../../sync-service/src/mapping/types";
import { columnIndexer } from "../sheet/mark-plan";
import type { TableSnapshot } from "../sheet/table-snapshot";

export function renderIssues(list: HTMLElement, table: TableSnapshot, issues: ValidationIssue[], onPick: (row: number, column: number) => void): void {
  list.replaceChildren();
  const columnOf = columnIndexer(table);
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? a.row - b.row : a.severity === "error" ? -1 : 1));
  for (const issue of sorted) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = `issue ${issue.severity}`;
    button.dataset.row = String(issue.row);
    button.dataset.code = issue.code;
    const where = document.createElement("span");
    where.className = "where";
    where.textContent = `Row ${issue.row} · ${issue.column}`;
    const what = document.createElement("span");
    what.className = "what";
    what.textContent = issue.message + (issue.suggestion ? ` Suggestion: ${issue.suggestion}` : "");
    button.append(where, what);
    button.addEventListener("click", () => onPick(issue.row, columnOf(issue.column)));
    item.append(button);
    list.append(item);
  }
}
