import type ExcelJS from "exceljs";
import type { Cell } from "../mapping/types";

function isoFromDate(d: Date): string {
  // exceljs hands a date cell over as the wall-clock day and time in UTC.
  const iso = d.toISOString();
  const time = iso.slice(11, 16);
  return time === "00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${time}`;
}

function richText(value: { richText: { text: string }[] }): string {
  return value.richText.map((r) => r.text).join("");
}

/**
 * An exceljs cell value → the plain `Cell` the core reads: real dates become ISO text, formulas their result.
 * A hyperlink cell gives its text, or its address when `preferLink` (the Outcome URL column).
 */
export function xlsxCell(value: ExcelJS.CellValue, preferLink = false): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return isoFromDate(value);
  if ("richText" in value) return richText(value);
  if ("hyperlink" in value) {
    if (preferLink && value.hyperlink) return value.hyperlink;
    const text: unknown = value.text;
    if (typeof text === "string") return text;
    return text && typeof text === "object" && "richText" in text ? richText(text as { richText: { text: string }[] }) : value.hyperlink;
  }
  if ("error" in value) return value.error;
  if ("result" in value || "formula" in value || "sharedFormula" in value) {
    return value.result === undefined ? null : xlsxCell(value.result, preferLink);
  }
  return null;
}
