// Notes on marked cells. ExcelApi 1.18 has classic notes (our choice: no author, no thread);
// older hosts with ExcelApi 1.10 get a comment instead; hosts with neither get no note (the pane
// still lists every issue). A cell that already holds the user's own note/comment is left alone.

export type NoteKind = "note" | "comment" | "none";

export function supportedNoteKind(): NoteKind {
  const requirements = Office.context.requirements;
  if (requirements.isSetSupported("ExcelApi", "1.18")) return "note";
  if (requirements.isSetSupported("ExcelApi", "1.10")) return "comment";
  return "none";
}

export interface CellRef {
  worksheet: Excel.Worksheet;
  /** `C5` */
  address: string;
}

/** The addresses (upper case, no sheet) of cells that already hold a note or comment, among `cells`. */
export async function cellsWithNotes(context: Excel.RequestContext, kind: NoteKind, cells: CellRef[]): Promise<Set<string>> {
  const taken = new Set<string>();
  if (kind === "note") {
    const found = cells.map((c) => ({ c, note: c.worksheet.notes.getItemOrNullObject(c.address) }));
    found.forEach((f) => f.note.load("content"));
    await context.sync();
    for (const f of found) if (!f.note.isNullObject) taken.add(f.c.address.toUpperCase());
  } else if (kind === "comment") {
    const comments = context.workbook.comments;
    comments.load("items/id");
    await context.sync();
    const locations = comments.items.map((comment) => comment.getLocation().load("address"));
    await context.sync();
    for (const location of locations) taken.add(location.address.split("!").pop()!.replace(/\$/g, "").toUpperCase());
  }
  return taken;
}

/** Adds a note or comment; returns the comment id (comments are found by id later), else null. */
export function addNote(context: Excel.RequestContext, kind: NoteKind, cell: CellRef, text: string): Excel.Comment | null {
  if (kind === "note") {
    cell.worksheet.notes.add(cell.worksheet.getRange(cell.address), text);
    return null;
  }
  if (kind === "comment") return context.workbook.comments.add(cell.worksheet.getRange(cell.address), text);
  return null;
}

/** Removes the notes/comments we added that are still there and still ours (their text starts with `prefix`). */
export async function removeNotes(
  context: Excel.RequestContext,
  kind: NoteKind,
  cells: { cell: CellRef; commentId: string | null }[],
  prefix: string,
): Promise<void> {
  if (kind === "note") {
    const notes = cells.map(({ cell }) => cell.worksheet.notes.getItemOrNullObject(cell.address).load("content"));
    await context.sync();
    for (const note of notes) if (!note.isNullObject && String(note.content).startsWith(prefix)) note.delete();
  } else if (kind === "comment") {
    const comments = cells
      .filter((c) => c.commentId !== null)
      .map((c) => context.workbook.comments.getItemOrNullObject(c.commentId!).load("content"));
    await context.sync();
    for (const comment of comments) if (!comment.isNullObject && comment.content.startsWith(prefix)) comment.delete();
  }
}
