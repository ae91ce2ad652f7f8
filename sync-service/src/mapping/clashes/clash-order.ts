// The report's order, the same on every run: by the first event's row, then the second's.
import type { Clash, ClashKind } from "../types";

const KIND_ORDER: Record<ClashKind, number> = { definite: 0, possible: 1, "travel-squeeze": 2 };

export function compareClashes(x: Clash, y: Clash): number {
  return x.a.row - y.a.row || x.b.row - y.b.row || KIND_ORDER[x.kind] - KIND_ORDER[y.kind];
}

/** Sorts `list[from, to)` in place: by insertion for the usual handful of clashes. */
function sortRange(list: Clash[], from: number, to: number): void {
  if (to - from > 16) {
    const bucket = list.slice(from, to).sort(compareClashes);
    for (let i = 0; i < bucket.length; i++) list[from + i] = bucket[i];
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const item = list[i];
    let j = i - 1;
    while (j >= from && compareClashes(list[j], item) > 0) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = item;
  }
}

/**
 * Sorts clashes into report order. Rows are small whole numbers, so the clashes are first
 * bucketed by the first row (a counting sort, linear) and only each bucket — the few clashes
 * of one event — is sorted by comparison.
 */
export function orderClashes(clashes: readonly Clash[]): Clash[] {
  let maxRow = 0;
  for (const c of clashes) {
    if (!Number.isInteger(c.a.row) || c.a.row < 0) return [...clashes].sort(compareClashes);
    if (c.a.row > maxRow) maxRow = c.a.row;
  }
  const starts = new Int32Array(maxRow + 2);
  for (const c of clashes) starts[c.a.row + 1]++;
  for (let row = 1; row < starts.length; row++) starts[row] += starts[row - 1];
  const ordered = new Array<Clash>(clashes.length);
  const next = starts.slice(0, maxRow + 1);
  for (const c of clashes) ordered[next[c.a.row]++] = c;
  for (let row = 0; row <= maxRow; row++) sortRange(ordered, starts[row], starts[row + 1]);
  return ordered;
}
