// Why a clash matters, in sentences a person reads in the report, the add-ins and the page.
import type { MappingEvent } from "../types";
import { formatDay, formatDayRange } from "./format-days";
import type { PairableEvent } from "./pairable-event";

export interface SharedFacts {
  focalPoints: string[];
  samePlace: boolean;
}

function sharedPeople(focalPoints: string[]): string[] {
  if (focalPoints.length === 0) return [];
  const label = focalPoints.length === 1 ? "Same focal point" : "Shared focal points";
  return [`${label}: ${focalPoints.join(", ")} — the same people are expected at both.`];
}

function placeOf(event: MappingEvent): string {
  return event.location?.trim() ?? "";
}

function places(a: PairableEvent, b: PairableEvent, shared: SharedFacts): string[] {
  if (shared.samePlace) return [`Both in ${placeOf(a.event)}.`];
  if (a.place !== null && b.place !== null) {
    return [`In different places on the same days: ${placeOf(a.event)} and ${placeOf(b.event)}.`];
  }
  return [];
}

/** Reasons for two events with exact days that share `[start, end]`. */
export function definiteReasons(a: PairableEvent, b: PairableEvent, days: [string, string], shared: SharedFacts): string[] {
  return [`Both on ${formatDayRange(days[0], days[1])}.`, ...sharedPeople(shared.focalPoints), ...places(a, b, shared)];
}

/** Reasons for an overlap where at least one event is only known to the month, quarter or half-year. */
export function possibleReasons(a: PairableEvent, b: PairableEvent, days: [string, string], shared: SharedFacts): string[] {
  const vague = [a, b]
    .filter((e) => !e.exact)
    .map((e) => `“${e.event.date.text}” is only known to the ${e.event.date.precision}`);
  return [
    `Both could fall on ${formatDayRange(days[0], days[1])}: ${vague.join("; ")}.`,
    ...sharedPeople(shared.focalPoints),
    ...(shared.samePlace ? [`Both in ${placeOf(a.event)}.`] : []),
  ];
}

/** Reasons for a travel squeeze: `first` ends the day before `second` starts, elsewhere. */
export function squeezeReasons(first: PairableEvent, second: PairableEvent, shared: SharedFacts): string[] {
  const who = shared.focalPoints.join(", ");
  return [
    `Back to back in different places: “${first.event.title}” ends on ${formatDay(first.end)} in ${placeOf(first.event)}, ` +
      `“${second.event.title}” starts on ${formatDay(second.start)} in ${placeOf(second.event)}.`,
    `${who} must travel between them overnight.`,
  ];
}
