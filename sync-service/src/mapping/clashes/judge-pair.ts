// Decides whether one candidate pair is a clash (SPEC 6). The sweep and the all-pairs
// reference both ask this, so they differ only in which pairs they look at.
import type { Clash, ClashKind } from "../types";
import { isSideEventPair, type PairableEvent } from "./pairable-event";
import { definiteReasons, possibleReasons, squeezeReasons, type SharedFacts } from "./reasons";
import { isSamePlace } from "./same-place";

function sharedFacts(a: PairableEvent, b: PairableEvent): SharedFacts {
  const bKeys = new Set(b.focalKeys);
  const focalPoints: string[] = [];
  for (let i = 0; i < a.focalKeys.length; i++) {
    if (bKeys.has(a.focalKeys[i])) focalPoints.push(a.focalNames[i]);
  }
  const samePlace = a.place !== null && b.place !== null && isSamePlace(a.place, b.place);
  return { focalPoints, samePlace };
}

/** The pair in report order: the lower sheet row first. */
function inRowOrder(x: PairableEvent, y: PairableEvent): [PairableEvent, PairableEvent] {
  const xFirst = x.event.row < y.event.row || (x.event.row === y.event.row && x.index < y.index);
  return xFirst ? [x, y] : [y, x];
}

function clash(kind: ClashKind, a: PairableEvent, b: PairableEvent, days: [string, string], shared: SharedFacts, reasons: string[]): Clash {
  return {
    kind,
    a: { row: a.event.row, id: a.event.id },
    b: { row: b.event.row, id: b.event.id },
    days,
    shared: { focalPoints: shared.focalPoints, location: shared.samePlace },
    acknowledged: false,
    acknowledgement: null,
    reasons,
  };
}

/**
 * `definite` when both have exact days and share one; `possible` when the days overlap, at
 * least one is only a window, and the two share a focal point or a place; otherwise null.
 */
export function judgeOverlap(x: PairableEvent, y: PairableEvent): Clash | null {
  if (x.startDay > y.endDay || y.startDay > x.endDay) return null;
  if (isSideEventPair(x.event, y.event)) return null;
  const [a, b] = inRowOrder(x, y);
  const days: [string, string] = [a.start > b.start ? a.start : b.start, a.end < b.end ? a.end : b.end];
  const shared = sharedFacts(a, b);
  if (a.exact && b.exact) return clash("definite", a, b, days, shared, definiteReasons(a, b, days, shared));
  if (shared.focalPoints.length === 0 && !shared.samePlace) return null;
  return clash("possible", a, b, days, shared, possibleReasons(a, b, days, shared));
}

/**
 * Travel squeeze: both on exact single-day precision (`day`), one ends the day before the
 * other starts, both places known and different, and at least one focal point in common —
 * the same people have to travel overnight from one to the other.
 */
export function judgeSqueeze(x: PairableEvent, y: PairableEvent): Clash | null {
  if (x.event.date.precision !== "day" || y.event.date.precision !== "day") return null;
  const [first, second] = x.endDay < y.startDay ? [x, y] : [y, x];
  if (first.endDay + 1 !== second.startDay) return null;
  if (first.place === null || second.place === null || isSamePlace(first.place, second.place)) return null;
  if (isSideEventPair(x.event, y.event)) return null;
  const [a, b] = inRowOrder(x, y);
  const shared = sharedFacts(a, b);
  if (shared.focalPoints.length === 0) return null;
  return clash("travel-squeeze", a, b, [first.end, second.start], shared, squeezeReasons(first, second, shared));
}
