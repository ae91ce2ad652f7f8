// Where the sync's columns sit in a sheet: the mapping's own columns go to the service; the ID
// column is added when missing; the status column is ours and never sent (it is not event data).
import { matchColumns } from "../mapping/rows/columns";
import { cellText } from "../mapping/rows/cell-text";
import type { SheetSnapshot } from "./sheet-snapshot";
import { noteAt } from "./sheet-snapshot";
import { versionFromNote } from "./our-notes";

export const STATUS_HEADER = "Sync status";
export const ID_HEADER = "ID";

export interface SheetLayout {
  /** The header sent to the service. */
  header: string[];
  /** For each header entry, the snapshot column it lives in. */
  columns: number[];
  idColumn: number;
  statusColumn: number;
  /** Header cells to write because the sheet lacks them. */
  newHeaders: { column: number; text: string }[];
  /** The version the sheet last received (from the status header's note), null on its first sync. */
  baseVersion: number | null;
}

export type LayoutResult = { ok: true; layout: SheetLayout } | { ok: false; message: string };

function key(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, "");
}

export function sheetLayout(snapshot: SheetSnapshot): LayoutResult {
  const header = (snapshot.values[0] ?? []).map((c) => cellText(c));
  if (header.every((h) => h === "")) {
    return { ok: false, message: "The range has no header row: its first row must name the columns (Event, Month/year, ...)." };
  }
  const matched = matchColumns(header);
  if (!matched.ok) return matched;
  const statusAt = header.findIndex((h) => key(h) === key(STATUS_HEADER));
  const used = new Set(snapshot.values.flatMap((row) => row.map((c, i) => (cellText(c) === "" ? -1 : i))));
  let next = header.length;
  const free = (): number => {
    while (used.has(next)) next++;
    return next++;
  };
  const newHeaders: { column: number; text: string }[] = [];
  let idColumn = matched.columns.fields.id ?? -1;
  if (idColumn < 0) {
    idColumn = free();
    newHeaders.push({ column: idColumn, text: ID_HEADER });
  }
  let statusColumn = statusAt;
  if (statusColumn < 0) {
    statusColumn = free();
    newHeaders.push({ column: statusColumn, text: STATUS_HEADER });
  }
  const tooFar = newHeaders.find((h) => snapshot.width !== null && h.column >= snapshot.width);
  if (tooFar) {
    return {
      ok: false,
      message:
        `The range has no room for a "${tooFar.text}" column: widen it (for example to column Z) ` +
        `or add a "${tooFar.text}" header to the sheet yourself.`,
    };
  }
  const columns = header.map((_, i) => i).filter((i) => i !== statusColumn);
  if (!columns.includes(idColumn)) columns.push(idColumn);
  return {
    ok: true,
    layout: {
      header: columns.map((c) => (c === idColumn && c >= header.length ? ID_HEADER : header[c]!)),
      columns,
      idColumn,
      statusColumn,
      newHeaders,
      baseVersion: statusAt < 0 ? null : versionFromNote(noteAt(snapshot, 0, statusAt)),
    },
  };
}

/** The snapshot column of a column named in an issue (`Event`, `Month/year`, an extra's header). */
export function columnNamed(layout: SheetLayout, name: string): number | undefined {
  const matched = matchColumns(layout.header);
  const j = matched.ok ? matched.columns.names.indexOf(name) : -1;
  return j >= 0 ? layout.columns[j] : undefined;
}
