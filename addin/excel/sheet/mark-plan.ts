// Which cells Validate (and Sync) mark, and what each note says. Pure: sheet/apply-marks.ts
// turns the plan into fills and notes.
import { matchColumns } from "../../../sync-service/src/mapping/rows/columns";
import type { Severity, ValidationIssue } from "../../../sync-service/src/mapping/types";
import type { SyncConflict } from "../../../sync-service/src/sync/sync-types";
import { bodyIndexOf, bodyRowNumber, type TableSnapshot } from "./table-snapshot";

/** Fills for marked cells: red for errors, amber for warnings and conflicts. */
export const MARK_FILL: Readonly<Record<Severity, string>> = { error: "#F4B6B6", warning: "#FFE08A" };

/** Every note we write starts with this, so ours can be told apart from the user's. */
export const NOTE_PREFIX = "Process mapping:";

export interface CellMark {
  /** Worksheet row number and table column index. */
  row: number;
  column: number;
  severity: Severity;
  note: string;
}

/** The table column an issue's canonical column name refers to; the event column when absent. */
export function columnIndexer(t: TableSnapshot): (name: string) => number {
  const match = matchColumns(t.header);
  if (!match.ok) return () => 0;
  const fallback = match.columns.fields.title ?? 0;
  return (name) => {
    const index = match.columns.names.indexOf(name);
    return index >= 0 ? index : fallback;
  };
}

function issueLine(issue: ValidationIssue): string {
  const label = issue.severity === "error" ? "Error" : "Warning";
  return `${label}: ${issue.message}${issue.suggestion ? ` Suggestion: ${issue.suggestion}` : ""}`;
}

function conflictLine(c: SyncConflict): string {
  return `Conflict: ${c.message} Your value "${String(c.yours ?? "")}" was kept in the service's conflict log.`;
}

/** One mark per cell: several findings on one cell share a note, errors win the colour. */
function merge(marks: CellMark[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const m of marks) {
    const key = `${m.row}:${m.column}`;
    const seen = byCell.get(key);
    if (!seen) byCell.set(key, { ...m });
    else {
      seen.note += `\n${m.note.slice(NOTE_PREFIX.length + 1)}`;
      if (m.severity === "error") seen.severity = "error";
    }
  }
  return [...byCell.values()].sort((a, b) => a.row - b.row || a.column - b.column);
}

/** Marks for validation issues (on rows inside the table) and sync conflicts. */
export function planMarks(t: TableSnapshot, issues: readonly ValidationIssue[], conflicts: readonly SyncConflict[] = []): CellMark[] {
  const columnOf = columnIndexer(t);
  const marks: CellMark[] = [];
  for (const issue of issues) {
    if (bodyIndexOf(t, issue.row) < 0) continue;
    marks.push({ row: issue.row, column: columnOf(issue.column), severity: issue.severity, note: `${NOTE_PREFIX} ${issueLine(issue)}` });
  }
  const idColumn = (() => {
    const match = matchColumns(t.header);
    return match.ok ? match.columns.fields.id : undefined;
  })();
  for (const c of conflicts) {
    // The conflict's row number is the request's; find the row by id in case rows moved.
    const byId = idColumn === undefined ? -1 : t.body.findIndex((cells) => String(cells[idColumn] ?? "").trim() === c.id);
    const row = byId >= 0 ? bodyRowNumber(t, byId) : c.row;
    if (bodyIndexOf(t, row) < 0) continue;
    marks.push({ row, column: columnOf(c.field), severity: "warning", note: `${NOTE_PREFIX} ${conflictLine(c)}` });
  }
  return merge(marks);
}
