// Why a clash matters, in sentences a person reads in the report, the add-ins and the page.
// A large mapping has hundreds of thousands of clashes but few distinct places and focal
// points, so one writer per run remembers the sentences about those (keyed by the cells' own
// strings, which cost nothing to look up) and hands the same string out again.
import { describeDay } from "../dates/calendar";
import { formatDayRange } from "./format-days";
import type { PairableEvent } from "./pairable-event";

function placeOf(e: PairableEvent): string {
  return e.event.location?.trim() ?? "";
}

function onlyKnownTo(e: PairableEvent): string {
  return `“${e.event.date.text}” is only known to the ${e.event.date.precision}`;
}

export class ReasonWriter {
  private readonly bothIn = new Map<string, string>();
  private readonly apart = new Map<string, Map<string, string>>();
  private readonly people = new Map<string, string>();

  private addSharedPeople(reasons: string[], focalPoints: string[]): void {
    if (focalPoints.length === 0) return;
    const names = focalPoints.length === 1 ? focalPoints[0] : focalPoints.join(", ");
    let sentence = this.people.get(names);
    if (sentence === undefined) {
      const label = focalPoints.length === 1 ? "Same focal point" : "Shared focal points";
      sentence = `${label}: ${names} — the same people are expected at both.`;
      this.people.set(names, sentence);
    }
    reasons.push(sentence);
  }

  private addSamePlace(reasons: string[], a: PairableEvent): void {
    const location = a.event.location ?? "";
    let sentence = this.bothIn.get(location);
    if (sentence === undefined) this.bothIn.set(location, (sentence = `Both in ${placeOf(a)}.`));
    reasons.push(sentence);
  }

  private addDifferentPlaces(reasons: string[], a: PairableEvent, b: PairableEvent): void {
    const [la, lb] = [a.event.location ?? "", b.event.location ?? ""];
    let byB = this.apart.get(la);
    if (byB === undefined) this.apart.set(la, (byB = new Map()));
    let sentence = byB.get(lb);
    if (sentence === undefined) byB.set(lb, (sentence = `In different places on the same days: ${placeOf(a)} and ${placeOf(b)}.`));
    reasons.push(sentence);
  }

  /** Reasons for two events with exact days that share `[from, to]`. */
  definite(a: PairableEvent, b: PairableEvent, from: string, to: string, focalPoints: string[], samePlace: boolean): string[] {
    const reasons = [`Both on ${formatDayRange(from, to)}.`];
    this.addSharedPeople(reasons, focalPoints);
    if (samePlace) this.addSamePlace(reasons, a);
    else if (a.place !== null && b.place !== null) this.addDifferentPlaces(reasons, a, b);
    return reasons;
  }

  /** Reasons for an overlap where at least one event is only known to the month, quarter or half-year. */
  possible(a: PairableEvent, b: PairableEvent, from: string, to: string, focalPoints: string[], samePlace: boolean): string[] {
    const vague = a.exact ? onlyKnownTo(b) : b.exact ? onlyKnownTo(a) : `${onlyKnownTo(a)}; ${onlyKnownTo(b)}`;
    const reasons = [`Both could fall on ${formatDayRange(from, to)}: ${vague}.`];
    this.addSharedPeople(reasons, focalPoints);
    if (samePlace) this.addSamePlace(reasons, a);
    return reasons;
  }

  /** Reasons for a travel squeeze: `first` ends the day before `second` starts, elsewhere. */
  squeeze(first: PairableEvent, second: PairableEvent, focalPoints: string[]): string[] {
    return [
      `Back to back in different places: “${first.event.title}” ends on ${describeDay(first.end)} in ${placeOf(first)}, ` +
        `“${second.event.title}” starts on ${describeDay(second.start)} in ${placeOf(second)}.`,
      `${focalPoints.join(", ")} must travel between them overnight.`,
    ];
  }
}
