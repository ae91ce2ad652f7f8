// What the clash finder needs of an event, computed once: its days as numbers, whether its
// days are exact (day/week) or only a window (month/quarter/half), and folded keys for the
// focal points and the place.
import type { MappingEvent, Precision } from "../types";
import { placeTokens } from "./same-place";

/** Exact days: two such events clash for sure when they share a day. */
const EXACT: ReadonlySet<Precision> = new Set(["day", "week"]);
/** Only a window is known: a clash is possible, reported when people or place are shared. */
const WINDOW: ReadonlySet<Precision> = new Set(["month", "quarter", "half"]);

export interface PairableEvent {
  /** Position in the caller's events array. */
  index: number;
  event: MappingEvent;
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

/** `YYYY-MM-DD` → days since 1970-01-01 (UTC, so no time zone can shift it). */
export function isoToDayNumber(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Folds a focal point for comparison: `  iom ` and `IOM` are the same organisation. */
export function focalKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toUpperCase();
}

/**
 * The event as the clash finder sees it, or null when it is not paired for clashes:
 * year, open, recurring and unknown precision, or no start/end (a date that failed to parse).
 */
export function toPairable(event: MappingEvent, index: number): PairableEvent | null {
  const { start, end, precision } = event.date;
  const exact = EXACT.has(precision);
  if (start === null || end === null || (!exact && !WINDOW.has(precision))) return null;
  const focalKeys: string[] = [];
  const focalNames: string[] = [];
  for (const name of event.focalPoints) {
    const key = focalKey(name);
    if (key === "" || focalKeys.includes(key)) continue;
    focalKeys.push(key);
    focalNames.push(name.trim());
  }
  return {
    index,
    event,
    start,
    end,
    startDay: isoToDayNumber(start),
    endDay: isoToDayNumber(end),
    exact,
    focalKeys,
    focalNames,
    place: placeTokens(event.location),
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

/** Separates the events that are paired for clashes from the undated ones. */
export function splitForPairing(events: readonly MappingEvent[]): PairingSplit {
  const byStart: PairableEvent[] = [];
  const undated: number[] = [];
  events.forEach((event, index) => {
    const pairable = toPairable(event, index);
    if (pairable) byStart.push(pairable);
    else undated.push(event.row);
  });
  byStart.sort((x, y) => x.startDay - y.startDay || x.index - y.index);
  undated.sort((x, y) => x - y);
  return { byStart, undated };
}
