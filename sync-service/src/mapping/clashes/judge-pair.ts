// Decides whether one candidate pair is a clash (SPEC 6). The sweep and the all-pairs
// reference both ask this, so they differ only in which pairs they look at.
// (Called for every candidate of a large mapping: it allocates only what the clash keeps.)
import type { Clash } from "../types";
import { isSideEventPair, type PairableEvent } from "./pairable-event";
import type { ReasonWriter } from "./reasons";
import { isSamePlace } from "./same-place";

/** The focal points both name, as `a` spells them (an exact-size array: most clashes keep 0 or 1). */
function sharedFocalPoints(a: PairableEvent, b: PairableEvent): string[] {
  let first = -1;
  let count = 0;
  for (let i = 0; i < a.focalKeys.length; i++) {
    if (b.focalKeys.includes(a.focalKeys[i])) {
      if (count++ === 0) first = i;
    }
  }
  if (count === 0) return [];
  if (count === 1) return [a.focalNames[first]];
  return a.focalNames.filter((_, i) => b.focalKeys.includes(a.focalKeys[i]));
}

function samePlace(a: PairableEvent, b: PairableEvent): boolean {
  return a.place !== null && b.place !== null && isSamePlace(a.place, b.place);
}

/** Whether `x` comes first in the report: the lower sheet row. */
function comesFirst(x: PairableEvent, y: PairableEvent): boolean {
  return x.event.row < y.event.row || (x.event.row === y.event.row && x.index < y.index);
}

/**
 * `definite` when both have exact days and share one; `possible` when the days overlap, at
 * least one is only a window, and the two share a focal point or a place; otherwise null.
 */
export function judgeOverlap(x: PairableEvent, y: PairableEvent, reasons: ReasonWriter): Clash | null {
  if (x.startDay > y.endDay || y.startDay > x.endDay) return null;
  if (isSideEventPair(x.event, y.event)) return null;
  const a = comesFirst(x, y) ? x : y;
  const b = a === x ? y : x;
  const focalPoints = sharedFocalPoints(a, b);
  const location = samePlace(a, b);
  const definite = a.exact && b.exact;
  if (!definite && focalPoints.length === 0 && !location) return null;
  const from = a.startDay >= b.startDay ? a.start : b.start;
  const to = a.endDay <= b.endDay ? a.end : b.end;
  return {
    kind: definite ? "definite" : "possible",
    a: a.ref,
    b: b.ref,
    days: [from, to],
    shared: { focalPoints, location },
    acknowledged: false,
    acknowledgement: null,
    reasons: definite
      ? reasons.definite(a, b, from, to, focalPoints, location)
      : reasons.possible(a, b, from, to, focalPoints, location),
  };
}

/**
 * Travel squeeze: both on exact single-day precision (`day`), one ends the day before the
 * other starts, both places known and different, and at least one focal point in common —
 * the same people have to travel overnight from one to the other.
 */
export function judgeSqueeze(x: PairableEvent, y: PairableEvent, reasons: ReasonWriter): Clash | null {
  if (x.event.date.precision !== "day" || y.event.date.precision !== "day") return null;
  const first = x.endDay < y.startDay ? x : y;
  const second = first === x ? y : x;
  if (first.endDay + 1 !== second.startDay) return null;
  if (first.place === null || second.place === null || isSamePlace(first.place, second.place)) return null;
  if (isSideEventPair(x.event, y.event)) return null;
  const a = comesFirst(x, y) ? x : y;
  const b = a === x ? y : x;
  const focalPoints = sharedFocalPoints(a, b);
  if (focalPoints.length === 0) return null;
  return {
    kind: "travel-squeeze",
    a: a.ref,
    b: b.ref,
    days: [first.end, second.start],
    shared: { focalPoints, location: false },
    acknowledged: false,
    acknowledgement: null,
    reasons: reasons.squeeze(first, second, focalPoints),
  };
}
