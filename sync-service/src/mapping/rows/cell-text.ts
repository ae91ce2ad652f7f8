import type { Cell } from "../types";

/** A cell as text the way a spreadsheet shows it: trimmed, numbers as typed, booleans as TRUE/FALSE. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell).trim();
}

export function isBlank(cell: Cell | undefined): boolean {
  return cellText(cell) === "";
}
