// The active sheet as a SheetSnapshot. Apps Script hands date cells over as Date objects; they
// become the same serial numbers the Sheets API gives the service-side connector
// (UNFORMATTED_VALUE + SERIAL_NUMBER), read in the spreadsheet's time zone.
import type { Cell } from "../../../sync-service/src/mapping/types";
import type { SheetSnapshot } from "../../../sync-service/src/gsheets/sheet-snapshot";
import { gas, type GasSheet, type GasSpreadsheet } from "./apps-script";

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]"; // Dates may come from another realm
}

export function serialNumber(date: Date, timeZone: string): number {
  const [y, mo, d, h, mi, s] = gas().Utilities.formatDate(date, timeZone, "yyyy-MM-dd-HH-mm-ss").split("-").map(Number) as number[];
  return (Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) - SERIAL_EPOCH) / DAY_MS;
}

export function toCell(value: unknown, timeZone: string): Cell {
  if (isDate(value)) return serialNumber(value, timeZone);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return null;
}

export interface ActiveSheet {
  spreadsheet: GasSpreadsheet;
  sheet: GasSheet;
  snapshot: SheetSnapshot;
}

export function readActiveSheet(): ActiveSheet {
  const spreadsheet = gas().SpreadsheetApp.getActive();
  const sheet = spreadsheet.getActiveSheet();
  const range = sheet.getDataRange();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return {
    spreadsheet,
    sheet,
    snapshot: {
      startRow: 0,
      startColumn: 0,
      width: null,
      values: range.getValues().map((row) => row.map((v) => toCell(v, timeZone))),
      notes: range.getNotes(),
    },
  };
}
