// The report's order, the same on every run: by the first event's row, then the second's.
import type { Clash, ClashKind } from "../types";

const KIND_ORDER: Record<ClashKind, number> = { definite: 0, possible: 1, "travel-squeeze": 2 };

export function compareClashes(x: Clash, y: Clash): number {
  return x.a.row - y.a.row || x.b.row - y.b.row || KIND_ORDER[x.kind] - KIND_ORDER[y.kind];
}

/**
 * Sorts clashes into report order. Rows are small whole numbers, so the clashes are first
 * bucketed by the first row (a counting sort, linear) and only each bucket — the few clashes
 * of one event — is sorted by comparison.
 */
export function orderClashes(clashes: readonly Clash[]): Clash[] {
  let maxRow = 0;
  for (const c of clashes) if (c.a.row > maxRow) maxRow = c.a.row;
  const starts = new Int32Array(maxRow + 2);
  for (const c of clashes) starts[c.a.row + 1]++;
  for (let row = 1; row < starts.length; row++) starts[row] += starts[row - 1];
  const ordered = new Array<Clash>(clashes.length);
  const next = starts.slice(0, maxRow + 1);
  for (const c of clashes) ordered[next[c.a.row]++] = c;
  for (let row = 0; row <= maxRow; row++) {
    const from = starts[row];
    const to = starts[row + 1];
    if (to - from > 1) {
      const bucket = ordered.slice(from, to).sort(compareClashes);
      for (let i = 0; i < bucket.length; i++) ordered[from + i] = bucket[i];
    }
  }
  return ordered;
}
