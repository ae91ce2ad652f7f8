// SPEC 6: date clashes between the events of a mapping, found by sort-and-sweep.
//
// - definite: one sweep over the exact-day (day/week) events; every overlap is a clash.
// - possible: at least one event known only to the month/quarter/half. These are reported
//   only when the two share a focal point or a place, so the sweep runs inside each group of
//   events sharing a focal point, and each group sharing the first word of a place (the
//   same-place rule is then checked on the pair), skipping exact×exact pairs.
// - travel squeeze: looked up by (focal point, next day).
// A pair found in several groups is judged in one of them only.
import type { Acknowledgement, Clash, MappingEvent } from "../types";
import { applyAcknowledgements } from "./acknowledgements";
import { orderClashes } from "./clash-order";
import { judgeOverlap, judgeSqueeze } from "./judge-pair";
import { ReasonWriter } from "./reasons";
import { splitForPairing, type PairableEvent } from "./pairable-event";
import { sweepOverlaps } from "./sweep-overlaps";
import { travelSqueezeCandidates } from "./travel-squeeze-candidates";

export interface FindClashesOptions {
  acknowledgements?: Acknowledgement[];
}

export interface ClashFindings {
  /** Ordered by the first event's row, then the second's. */
  clashes: Clash[];
  /** Rows not paired for clashes (year, open, recurring, undated or unparsed dates), ascending. */
  undated: number[];
}

function addTo<K>(groups: Map<K, PairableEvent[]>, key: K, e: PairableEvent): void {
  const group = groups.get(key);
  if (group) group.push(e);
  else groups.set(key, [e]);
}

/** Events (kept in start order) by the focal points they name, and by the first word of their place. */
function groupsSharingPeopleOrPlace(byStart: readonly PairableEvent[]) {
  const byFocalPoint = new Map<string, PairableEvent[]>();
  const byPlaceWord = new Map<string, PairableEvent[]>();
  for (const e of byStart) {
    for (const key of e.focalKeys) addTo(byFocalPoint, key, e);
    if (e.place !== null) addTo(byPlaceWord, e.place[0], e);
  }
  return { byFocalPoint, byPlaceWord };
}

/** A group of exact-day events only holds no possible clash. */
function hasWindowEvent(group: readonly PairableEvent[]): boolean {
  return group.some((e) => !e.exact);
}

/**
 * A pair can sit in several groups (two shared focal points, and a place); it is judged only
 * in its first: the first focal point they share, else their place's group. No set of seen
 * pairs is needed.
 */
function firstSharedFocalKey(x: PairableEvent, y: PairableEvent): string | null {
  const [lower, other] = x.index < y.index ? [x, y] : [y, x];
  for (const key of lower.focalKeys) if (other.focalKeys.includes(key)) return key;
  return null;
}

/** Orders the clashes for the report and marks the acknowledged ones. */
export function finishFindings(clashes: Clash[], undated: number[], opts: FindClashesOptions): ClashFindings {
  return { clashes: applyAcknowledgements(orderClashes(clashes), opts.acknowledgements ?? []), undated };
}

export function findClashes(events: MappingEvent[], opts: FindClashesOptions = {}): ClashFindings {
  const { byStart, undated } = splitForPairing(events);
  const reasons = new ReasonWriter();
  const clashes: Clash[] = [];
  const keep = (clash: Clash | null) => {
    if (clash) clashes.push(clash);
  };

  sweepOverlaps(
    byStart.filter((e) => e.exact),
    false,
    (x, y) => keep(judgeOverlap(x, y, reasons)),
  );
  const { byFocalPoint, byPlaceWord } = groupsSharingPeopleOrPlace(byStart);
  for (const [focalKey, group] of byFocalPoint) {
    const inThisGroupOnly = (x: PairableEvent, y: PairableEvent) => firstSharedFocalKey(x, y) === focalKey;
    if (hasWindowEvent(group)) {
      sweepOverlaps(group, true, (x, y) => {
        if (inThisGroupOnly(x, y)) keep(judgeOverlap(x, y, reasons));
      });
    }
    travelSqueezeCandidates(group, (x, y) => {
      if (inThisGroupOnly(x, y)) keep(judgeSqueeze(x, y, reasons));
    });
  }
  for (const group of byPlaceWord.values()) {
    if (!hasWindowEvent(group)) continue;
    sweepOverlaps(group, true, (x, y) => {
      if (firstSharedFocalKey(x, y) === null) keep(judgeOverlap(x, y, reasons));
    });
  }

  return finishFindings(clashes, undated, opts);
}
