// The cells a sheet should hold → only the writes that change something. Our notes on cells
// nothing is wanted for any more are cleared; notes people typed are never touched.
import { cellText } from "../mapping/rows/cell-text";
import type { Cell } from "../mapping/types";
import { isOurNote, ourNote } from "./our-notes";
import { noteAt, valueAt, type CellWrite, type SheetSnapshot } from "./sheet-snapshot";

export interface WantedCell {
  value?: Cell;
  /** Lines of our note (prefixed on writing); empty: no note of ours. */
  notes: string[];
  /** A whole note to set as is (the version note). */
  exactNote?: string;
}

export class WantedCells {
  private readonly cells = new Map<string, WantedCell>();

  at(row: number, column: number): WantedCell {
    const k = `${row},${column}`;
    let w = this.cells.get(k);
    if (!w) this.cells.set(k, (w = { notes: [] }));
    return w;
  }

  has(row: number, column: number): boolean {
    return this.cells.has(`${row},${column}`);
  }

  /** The writes that turn the snapshot into what is wanted, in sheet order. */
  diff(snapshot: SheetSnapshot): CellWrite[] {
    const writes: CellWrite[] = [];
    for (const [k, w] of this.cells) {
      const [row, column] = k.split(",").map(Number) as [number, number];
      const write: CellWrite = { row, column };
      if (w.value !== undefined && cellText(w.value) !== cellText(valueAt(snapshot, row, column))) write.value = w.value;
      const note = w.exactNote ?? (w.notes.length ? ourNote(w.notes) : null);
      const current = noteAt(snapshot, row, column);
      if (note !== null ? note !== current : isOurNote(current)) write.note = note;
      if ("value" in write || "note" in write) writes.push(write);
    }
    snapshot.notes.forEach((cells, row) =>
      cells.forEach((note, column) => {
        if (isOurNote(note) && !this.has(row, column)) writes.push({ row, column, note: null });
      }),
    );
    return writes.sort((a, b) => a.row - b.row || a.column - b.column);
  }
}
