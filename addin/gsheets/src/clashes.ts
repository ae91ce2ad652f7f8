// The Clashes sidebar's data (the core's clashes for the active sheet) and "click → select".
import type { Clash } from "../../../sync-service/src/mapping/types";
import { gas } from "./apps-script";
import { checkActiveSheet } from "./validate";

export interface ClashSide {
  row: number;
  title: string;
  date: string;
  location: string | null;
}

export interface ClashItem {
  kind: Clash["kind"];
  a: ClashSide;
  b: ClashSide;
  days: [string, string];
  reasons: string[];
  acknowledged: boolean;
}

export type ClashList = { ok: true; clashes: ClashItem[]; sheet: string } | { ok: false; message: string };

export function getClashes(): ClashList {
  const checked = checkActiveSheet();
  if (!checked.ok) return checked;
  const byRow = new Map(checked.report.events.map((e) => [e.row, e]));
  const side = (row: number): ClashSide => {
    const e = byRow.get(row);
    return { row, title: e?.title ?? `row ${row}`, date: e?.date.text ?? "", location: e?.location ?? null };
  };
  return {
    ok: true,
    sheet: gas().SpreadsheetApp.getActive().getActiveSheet().getName(),
    clashes: checked.report.clashes.map((c) => ({
      kind: c.kind,
      a: side(c.a.row),
      b: side(c.b.row),
      days: c.days,
      reasons: c.reasons,
      acknowledged: c.acknowledged,
    })),
  };
}

/** Selects a whole row of the active sheet (the sidebar's click on a clash). */
export function selectRow(row: unknown): boolean {
  const n = Number(row);
  if (!Number.isInteger(n) || n < 2) return false;
  const sheet = gas().SpreadsheetApp.getActive().getActiveSheet();
  if (n > sheet.getMaxRows()) return false;
  sheet.getRange(n, 1, 1, sheet.getMaxColumns()).activate();
  return true;
}
