// What the clash finder needs of an event, computed once: its days as numbers, whether its
// days are exact (day/week) or only a window (month/quarter/half), and folded keys for the
// focal points and the place.
import type { EventRef, MappingEvent, Precision } from "../types";
import { placeTokens } from "./same-place";

/** Exact days: two such events clash for sure when they share a day. */
const EXACT: ReadonlySet<Precision> = new Set(["day", "week"]);
/** Only a window is known: a clash is possible, reported when people or place are shared. */
const WINDOW: ReadonlySet<Precision> = new Set(["month", "quarter", "half"]);

export interface PairableEvent {
  /** Position in the caller's events array. */
  index: number;
  event: MappingEvent;
  /** `{ row, id }`, made once and shared by all of this event's clashes. */
  ref: EventRef;
  /** ISO days, as in the event's canonical date. */
  start: string;
  end: string;
  /** The same days as day numbers since 1970-01-01, for fast comparison and arithmetic. */
  startDay: number;
  endDay: number;
  /** true for day/week precision, false for month/quarter/half. */
  exact: boolean;
  /** Folded focal point names, in the event's order, without repeats. */
  focalKeys: string[];
  /** The names as typed, parallel to `focalKeys`. */
  focalNames: string[];
  /** Folded place tokens, or null when the location is blank or undetermined. */
  place: string[] | null;
}

const MS_PER_DAY = 86_400_000;

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/** `YYYY-MM-DD` → days since 1970-01-01 (UTC, so no time zone can shift it). */
export function isoToDayNumber(iso: string): number {
  return Date.UTC(digits(iso, 0, 4), digits(iso, 5, 7) - 1, digits(iso, 8, 10)) / MS_PER_DAY;
}

/** Folds a focal point for comparison: `  iom ` and `IOM` are the same organisation. */
export function focalKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toUpperCase();
}

/**
 * The event as the clash finder sees it, or null when it is not paired for clashes:
 * year, open, recurring and unknown precision, or no start/end (a date that failed to parse).
 */
export function toPairable(
  event: MappingEvent,
  index: number,
  placeOf: (location: string | null) => string[] | null = placeTokens,
  keyOf: (name: string) => string = focalKey,
): PairableEvent | null {
  const { start, end, precision } = event.date;
  const exact = EXACT.has(precision);
  if (start === null || end === null || (!exact && !WINDOW.has(precision))) return null;
  // Kept for every paired event of a large mapping: arrays made by `filter`/`map` have their
  // exact size (push-grown ones reserve 17 slots).
  const keys = event.focalPoints.map(keyOf);
  const kept = keys.map((key, i) => key !== "" && keys.indexOf(key) === i);
  const focalKeys = keys.filter((_, i) => kept[i]);
  const focalNames = event.focalPoints.filter((_, i) => kept[i]).map((name) => name.trim());
  return {
    index,
    event,
    ref: { row: event.row, id: event.id },
    start,
    end,
    startDay: isoToDayNumber(start),
    endDay: isoToDayNumber(end),
    exact,
    focalKeys,
    focalNames,
    place: placeOf(event.location),
  };
}

/** A side event does not clash with the event it is related to (either direction). */
export function isSideEventPair(a: MappingEvent, b: MappingEvent): boolean {
  return (a.id !== null && b.relatedTo === a.id) || (b.id !== null && a.relatedTo === b.id);
}

export interface PairingSplit {
  /** Paired events, sorted by first day (ties by input position). */
  byStart: PairableEvent[];
  /** Rows of the events that are not paired, ascending. */
  undated: number[];
}

function remembering<K, V>(compute: (key: K) => V): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) memo.set(key, (value = compute(key)));
    return value;
  };
}

const POSITION_SPAN = 2 ** 31;

/**
 * By first day, ties by input position: a native numeric sort of `startDay·2³¹ + position`
 * (exact: day numbers stay below 2²² up to year 9999), much faster than a comparator.
 */
function sortByStart(events: PairableEvent[]): PairableEvent[] {
  const keys = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) keys[i] = events[i].startDay * POSITION_SPAN + i;
  keys.sort();
  const sorted = new Array<PairableEvent>(events.length);
  for (let i = 0; i < keys.length; i++) {
    const position = ((keys[i] % POSITION_SPAN) + POSITION_SPAN) % POSITION_SPAN;
    sorted[i] = events[position];
  }
  return sorted;
}

/** Separates the events that are paired for clashes from the undated ones. */
export function splitForPairing(events: readonly MappingEvent[]): PairingSplit {
  const byStart: PairableEvent[] = [];
  const undated: number[] = [];
  // Few distinct locations and focal points in many rows: fold each one once.
  const placeOf = remembering(placeTokens);
  const keyOf = remembering(focalKey);
  const pairable: PairableEvent[] = [];
  events.forEach((event, index) => {
    const e = toPairable(event, index, placeOf, keyOf);
    if (e) pairable.push(e);
    else undated.push(event.row);
  });
  return { byStart: sortByStart(pairable), undated: Array.from(new Float64Array(undated).sort()) };
}
