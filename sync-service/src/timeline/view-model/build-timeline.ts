// The page's view model: the published feed and its clashes, filtered, as bars in lanes across
// months plus a list of the events that have no drawable date. Pure, so it is tested without a browser.
import type { FeedEvent } from "../../mapping/types";
import { clashMarksById, type ClashMark, type PublishedClash } from "./clash-marks";
import { describeDate } from "./describe-date";
import { matchesCriteria } from "./match-event";
import { monthAxis, placeOnAxis, type MonthAxis } from "./month-axis";
import { packLanes, type LaneBlock } from "./pack-lanes";
import type { TimelineFilter } from "./timeline-filter";

export interface TimelineBar {
  event: FeedEvent;
  lane: number;
  /** Position on the axis in days from its first day, and length in days (clipped to the axis). */
  offset: number;
  days: number;
  /** Month, quarter, half or year: a span the event lies somewhere in, drawn faded. */
  coarse: boolean;
  clippedStart: boolean;
  clippedEnd: boolean;
  dateLabel: string;
  clashes: ClashMark[];
  /** Set when the bar is a side event drawn under its parent's bar. */
  parentId: string | null;
}

export type UndatedGroup = "tbd" | "open" | "recurring";

export interface UndatedItem {
  event: FeedEvent;
  group: UndatedGroup;
  dateLabel: string;
  clashes: ClashMark[];
}

export interface TimelineView {
  /** Null when no event in view has a drawable date. */
  axis: MonthAxis | null;
  /** In order of start day, then title: the order a keyboard or screen reader meets them. */
  bars: TimelineBar[];
  laneCount: number;
  /** The days each bar reserves in its lane at least (its label room). */
  laneDays: number;
  undated: UndatedItem[];
  /** Events in view (bars + undated) out of all events in the feed. */
  shown: number;
  total: number;
  /** Values for the filter controls, from the whole feed so a filter never hides its own options. */
  focalPoints: string[];
  locations: string[];
  /** The day `today` as an offset on the axis, when it lies on it. */
  todayOffset: number | null;
}

export interface TimelineOptions {
  /** Days a bar reserves in its lane at least, so that its label fits; the page works it out from its scale. */
  minLaneDays?: number | ((axis: MonthAxis) => number);
  /** ISO day, to mark today on the axis. */
  today?: string;
}

const COARSE = new Set(["month", "quarter", "half", "year"]);
const DRAWN = new Set(["day", "week", ...COARSE]);

function drawable(event: FeedEvent): boolean {
  return DRAWN.has(event.date.precision) && event.date.start !== null && event.date.end !== null;
}

function undatedGroup(event: FeedEvent): UndatedGroup {
  if (event.date.precision === "recurring") return "recurring";
  if (event.date.precision === "open" || event.date.start !== null || event.date.end !== null) return "open";
  return "tbd";
}

function byStartThenTitle(a: FeedEvent, b: FeedEvent): number {
  const sa = a.date.start ?? a.date.end ?? "9999";
  const sb = b.date.start ?? b.date.end ?? "9999";
  return sa < sb ? -1 : sa > sb ? 1 : a.title.localeCompare(b.title);
}

function distinctSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}

/** The axis: the filter's window where set, otherwise the months the dated events cover. */
function chooseAxis(dated: FeedEvent[], filter: TimelineFilter): MonthAxis | null {
  const starts = dated.map((e) => e.date.start!.slice(0, 7));
  const ends = dated.map((e) => e.date.end!.slice(0, 7));
  const from = filter.from ?? (starts.length ? starts.reduce((a, b) => (a < b ? a : b)) : filter.to);
  const to = filter.to ?? (ends.length ? ends.reduce((a, b) => (a > b ? a : b)) : filter.from);
  return from && to ? monthAxis(from, to) : null;
}

export function buildTimeline(events: FeedEvent[], clashes: PublishedClash[], filter: TimelineFilter, opts: TimelineOptions = {}): TimelineView {
  const marks = clashMarksById(clashes, events);
  const matching = events.filter((e) => matchesCriteria(e, filter)).sort(byStartThenTitle);
  const dated = matching.filter(drawable);
  const axis = chooseAxis(dated, filter);

  const undated: UndatedItem[] = matching
    .filter((e) => !drawable(e))
    .map((event) => ({ event, group: undatedGroup(event), dateLabel: describeDate(event.date), clashes: marks.get(event.id) ?? [] }));

  const bars: TimelineBar[] = [];
  if (axis) {
    for (const event of dated) {
      const place = placeOnAxis(axis, event.date.start!, event.date.end!);
      if (!place) continue;
      bars.push({
        event,
        lane: 0,
        ...place,
        coarse: COARSE.has(event.date.precision),
        dateLabel: describeDate(event.date),
        clashes: marks.get(event.id) ?? [],
        parentId: null,
      });
    }
  }
  const wanted = typeof opts.minLaneDays === "function" ? (axis ? opts.minLaneDays(axis) : 1) : (opts.minLaneDays ?? 45);
  const laneDays = Math.max(1, Math.ceil(wanted));
  const laneCount = assignLanes(bars, laneDays);

  const todayOffset = axis && opts.today && opts.today >= axis.firstDay && opts.today <= axis.lastDay ? placeOnAxis(axis, opts.today, opts.today)!.offset : null;
  return {
    axis,
    bars,
    laneCount,
    laneDays,
    undated,
    shown: bars.length + undated.length,
    total: events.length,
    focalPoints: distinctSorted(events.flatMap((e) => e.focalPoints)),
    locations: distinctSorted(events.flatMap((e) => (e.location ? [e.location] : []))),
    todayOffset,
  };
}

/** Sets each bar's lane (side events right under their parent); returns the number of lanes. */
function assignLanes(bars: TimelineBar[], minLaneDays: number): number {
  const byId = new Map(bars.map((b) => [b.event.id, b]));
  const childrenOf = new Map<string, TimelineBar[]>();
  for (const bar of bars) {
    const parentId = bar.event.relatedTo;
    const parent = parentId !== null ? byId.get(parentId) : undefined;
    // Only one level: a side event of a side event is drawn as a bar of its own.
    if (!parent || parent === bar || parent.event.relatedTo !== null) continue;
    bar.parentId = parent.event.id;
    childrenOf.set(parent.event.id, [...(childrenOf.get(parent.event.id) ?? []), bar]);
  }
  const heads = bars.filter((b) => b.parentId === null);
  const blocks: LaneBlock[] = heads.map((head) => {
    const members = [head, ...(childrenOf.get(head.event.id) ?? [])];
    return {
      from: Math.min(...members.map((m) => m.offset)),
      to: Math.max(...members.map((m) => m.offset + Math.max(m.days, minLaneDays) - 1)),
      height: members.length,
    };
  });
  const { lanes, laneCount } = packLanes(blocks);
  heads.forEach((head, i) => {
    head.lane = lanes[i];
    (childrenOf.get(head.event.id) ?? []).forEach((child, k) => (child.lane = lanes[i] + 1 + k));
  });
  return laneCount;
}
