// The report's order, the same on every run: by the first event's row, then the second's.
import type { Clash, ClashKind } from "../types";

const KIND_ORDER: Record<ClashKind, number> = { definite: 0, possible: 1, "travel-squeeze": 2 };

export function compareClashes(x: Clash, y: Clash): number {
  return x.a.row - y.a.row || x.b.row - y.b.row || KIND_ORDER[x.kind] - KIND_ORDER[y.kind];
}
