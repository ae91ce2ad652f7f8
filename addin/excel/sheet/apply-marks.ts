// Fills and notes on issue cells, and taking them away again. Which cells we marked, with the
// fill each had before, is remembered in the workbook (workbook.settings), so a later run
// restores exactly those cells and only if they still carry our fill: the user's own
// formatting and notes are never touched.
import { addNote, cellsWithNotes, removeNotes, type CellRef, type NoteKind } from "./cell-notes";
import { MARK_FILL, NOTE_PREFIX, type CellMark } from "./mark-plan";
import { cellAddress, type TableSnapshot } from "./table-snapshot";

export const MARKS_SETTING = "processMapping.marks";

export interface MarkRecord {
  worksheet: string;
  address: string;
  fill: string;
  /** The fill the cell had before we marked it; null when it had none. */
  previousFill: string | null;
  noteKind: NoteKind;
  /** Set when we added a note or comment. */
  noted: boolean;
  commentId: string | null;
}

const NO_FILL = "#FFFFFF";
const sameColor = (a: string | null | undefined, b: string | null | undefined) => (a ?? "").toUpperCase() === (b ?? "").toUpperCase();

export async function readMarkRecords(context: Excel.RequestContext): Promise<MarkRecord[]> {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING).load("value");
  await context.sync();
  if (setting.isNullObject) return [];
  const value = typeof setting.value === "string" ? JSON.parse(setting.value) : setting.value;
  return Array.isArray(value) ? (value as MarkRecord[]) : [];
}

function saveMarkRecords(context: Excel.RequestContext, records: MarkRecord[]): void {
  context.workbook.settings.add(MARKS_SETTING, JSON.stringify(records));
}

/** Takes away the fills and notes of our previous run; returns how many cells were restored. */
export async function clearMarks(context: Excel.RequestContext): Promise<number> {
  const records = await readMarkRecords(context);
  if (records.length === 0) return 0;
  const live: { record: MarkRecord; cell: CellRef; range: Excel.Range }[] = [];
  const sheets = new Map<string, Excel.Worksheet>();
  for (const name of new Set(records.map((r) => r.worksheet))) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name).load("name");
    sheets.set(name, sheet);
  }
  await context.sync();
  for (const record of records) {
    const worksheet = sheets.get(record.worksheet)!;
    if (worksheet.isNullObject) continue; // the sheet is gone, and our marks with it
    const range = worksheet.getRange(record.address);
    range.format.fill.load("color");
    live.push({ record, cell: { worksheet, address: record.address }, range });
  }
  await context.sync();
  let restored = 0;
  for (const { record, range } of live) {
    if (!sameColor(range.format.fill.color, record.fill)) continue; // the user recoloured it since: theirs now
    if (record.previousFill === null || sameColor(record.previousFill, NO_FILL)) range.format.fill.clear();
    else range.format.fill.color = record.previousFill;
    restored++;
  }
  for (const kind of ["note", "comment"] as const) {
    const noted = live.filter((l) => l.record.noted && l.record.noteKind === kind);
    if (noted.length > 0) await removeNotes(context, kind, noted.map((l) => ({ cell: l.cell, commentId: l.record.commentId })), NOTE_PREFIX);
  }
  saveMarkRecords(context, []);
  await context.sync();
  return restored;
}

/** Fills each marked cell and adds its note; remembers what it did. Call clearMarks first. */
export async function applyMarks(context: Excel.RequestContext, table: TableSnapshot, marks: CellMark[], noteKind: NoteKind): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(table.worksheet);
  const cells = marks.map((mark) => {
    const cell: CellRef = { worksheet, address: cellAddress(table, mark.row, mark.column) };
    const range = worksheet.getRange(cell.address);
    range.format.fill.load("color");
    return { mark, cell, range };
  });
  await context.sync();
  const taken = await cellsWithNotes(context, noteKind, cells.map((c) => c.cell));
  const records: MarkRecord[] = [];
  const comments: { record: MarkRecord; comment: Excel.Comment }[] = [];
  for (const { mark, cell, range } of cells) {
    const fill = MARK_FILL[mark.severity];
    const noted = noteKind !== "none" && !taken.has(cell.address.toUpperCase());
    const record: MarkRecord = { worksheet: table.worksheet, address: cell.address, fill, previousFill: range.format.fill.color ?? null, noteKind, noted, commentId: null };
    range.format.fill.color = fill;
    if (noted) {
      const comment = addNote(context, noteKind, cell, mark.note);
      if (comment) comments.push({ record, comment: comment.load("id") });
    }
    records.push(record);
  }
  await context.sync();
  for (const { record, comment } of comments) record.commentId = comment.id;
  saveMarkRecords(context, records);
  await context.sync();
}
