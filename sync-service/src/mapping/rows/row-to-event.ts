import { parseDate } from "../dates/parse-date";
import type { CanonicalDate, Cell, DateParseResult, SheetRow } from "../types";
import { cellText } from "./cell-text";
import type { ColumnMap, Field } from "./columns";
import { splitFocalPoints } from "./focal-points";
import { parseLocation } from "./location";
import type { ParsedRow, TypedCell } from "./parsed-row";

export interface RowOptions {
  /** ISO day for the next occurrence of recurring dates. */
  today?: string;
}

// "(TBC)", "(title TBC)", "(to be confirmed)" in an event name: SPEC 4 counts "title TBC" as tentative.
const TITLE_TBC = /\((?:[^()]*\s)?(?:tbc|to be confirmed)\)/i;

/** The date of a row whose date is blank or not understood: nothing known, the text kept verbatim. */
export function undeterminedDate(text: string): CanonicalDate {
  return {
    text,
    start: null,
    end: null,
    precision: "unknown",
    status: "tbd",
    edtf: null,
    notes: [],
    keyDates: [],
    time: null,
    recurrence: null,
  };
}

function readDate(cell: Cell, opts: RowOptions): { date: CanonicalDate; result: DateParseResult | null } {
  if (cellText(cell) === "") return { date: undeterminedDate(""), result: null };
  // The date cell goes to the parser as is: a number is a spreadsheet serial date.
  const result = parseDate(cell, { today: opts.today });
  return { date: result.ok ? result.date : undeterminedDate(result.text), result };
}

function nullIfBlank(text: string): string | null {
  return text === "" ? null : text;
}

/** SPEC 3: one sheet row → a `MappingEvent`, plus what validation needs to explain it. */
export function rowToEvent(sheetRow: SheetRow, columns: ColumnMap, opts: RowOptions = {}): ParsedRow {
  const cellOf = (field: Field): Cell => {
    const index = columns.fields[field];
    return index === undefined ? null : (sheetRow.cells[index] ?? null);
  };
  const text = (field: Field): string => cellText(cellOf(field));

  const typedTitle = text("title");
  const rcp = typedTitle.startsWith("*");
  const title = rcp ? typedTitle.slice(1).trim() : typedTitle;

  const { date: parsedDate, result } = readDate(cellOf("date"), opts);
  const date =
    parsedDate.status === "confirmed" && TITLE_TBC.test(title) ? { ...parsedDate, status: "tentative" as const } : parsedDate;

  const location = parseLocation(text("location"));
  const focalPoints = splitFocalPoints(text("focalPoints"));

  const extra: Record<string, string> = {};
  for (const { index, name } of columns.extras) extra[name] = cellText(sheetRow.cells[index] ?? null);

  const cells: TypedCell[] = [];
  sheetRow.cells.forEach((cell, index) => {
    const cellString = cellText(cell);
    if (cellString === "") return;
    // A cell right of the last header still counts: kept under its column number, never dropped.
    const column = columns.names[index] ?? `Column ${index + 1}`;
    if (index >= columns.names.length) extra[column] = cellString;
    cells.push({ column, index, text: cellString, isText: typeof cell === "string" });
  });

  return {
    event: {
      row: sheetRow.row,
      id: nullIfBlank(text("id")),
      title,
      rcp,
      date,
      location: location.location,
      locationStatus: location.status,
      focalPoints: focalPoints.map((f) => f.name),
      description: nullIfBlank(text("description")),
      relatedTo: nullIfBlank(text("relatedTo")),
      outcomeUrl: nullIfBlank(text("outcomeUrl")),
      extra,
    },
    dateResult: result,
    cells,
    focalPoints,
    locationMarker: location.marker,
  };
}
