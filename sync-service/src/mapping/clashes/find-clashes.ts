// SPEC 6: date clashes between the events of a mapping, found by sort-and-sweep.
//
// - definite: one sweep over the exact-day (day/week) events; every overlap is a clash.
// - possible: at least one event known only to the month/quarter/half. These are reported
//   only when the two share a focal point or a place, so the sweep runs inside each group of
//   events sharing a focal point, and each group sharing the first word of a place (the
//   same-place rule is then checked on the pair), skipping exact×exact pairs.
// - travel squeeze: looked up by (focal point, next day).
// A pair found in several groups is judged once.
import type { Acknowledgement, Clash, MappingEvent } from "../types";
import { applyAcknowledgements } from "./acknowledgements";
import { compareClashes } from "./clash-order";
import { judgeOverlap, judgeSqueeze } from "./judge-pair";
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

/** Groups of events (kept in start order) that share a focal point or a place's first word. */
function groupsSharingPeopleOrPlace(byStart: readonly PairableEvent[]): PairableEvent[][] {
  const groups = new Map<string, PairableEvent[]>();
  const add = (key: string, e: PairableEvent) => {
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  };
  for (const e of byStart) {
    for (const key of e.focalKeys) add(`focal:${key}`, e);
    if (e.place !== null) add(`place:${e.place[0]}`, e);
  }
  // A group of exact-day events only holds no possible clash.
  return [...groups.values()].filter((group) => group.some((e) => !e.exact));
}

/** Orders the clashes for the report and marks the acknowledged ones. */
export function finishFindings(clashes: Clash[], undated: number[], opts: FindClashesOptions): ClashFindings {
  clashes.sort(compareClashes);
  return { clashes: applyAcknowledgements(clashes, opts.acknowledgements ?? []), undated };
}

export function findClashes(events: MappingEvent[], opts: FindClashesOptions = {}): ClashFindings {
  const { byStart, undated } = splitForPairing(events);
  const clashes: Clash[] = [];
  const judged = new Set<number>();
  const judgeOnce = (judge: (x: PairableEvent, y: PairableEvent) => Clash | null) => (x: PairableEvent, y: PairableEvent) => {
    const key = Math.min(x.index, y.index) * events.length + Math.max(x.index, y.index);
    if (judged.has(key)) return;
    judged.add(key);
    const clash = judge(x, y);
    if (clash) clashes.push(clash);
  };

  const exactOnly = byStart.filter((e) => e.exact);
  sweepOverlaps(exactOnly, false, (x, y) => {
    const clash = judgeOverlap(x, y);
    if (clash) clashes.push(clash);
  });
  const judgePossible = judgeOnce(judgeOverlap);
  for (const group of groupsSharingPeopleOrPlace(byStart)) sweepOverlaps(group, true, judgePossible);
  travelSqueezeCandidates(byStart, judgeOnce(judgeSqueeze));

  return finishFindings(clashes, undated, opts);
}
