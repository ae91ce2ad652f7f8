// Why a clash matters, in sentences a person reads in the report, the add-ins and the page.
// A large mapping has hundreds of thousands of clashes but few distinct places and focal
// points, so one writer per run remembers the sentences about those (keyed by the cells' own
// strings, which cost nothing to look up) and hands the same string out again. Each clash's
// list is made at its final size (growing an array by push reserves room for 17).
import { describeDay } from "../dates/calendar";
import { formatDayRange } from "./format-days";
import type { PairableEvent } from "./pairable-event";

function placeOf(e: PairableEvent): string {
  return e.event.location?.trim() ?? "";
}

function onlyKnownTo(e: PairableEvent): string {
  return `“${e.event.date.text}” is only known to the ${e.event.date.precision}`;
}

function bothVague(a: PairableEvent, b: PairableEvent): string {
  const [da, db] = [a.event.date, b.event.date];
  if (da.text === db.text && da.precision === db.precision) return `both are only known to the ${da.precision} (“${da.text}”)`;
  return `${onlyKnownTo(a)}; ${onlyKnownTo(b)}`;
}

/** The sentences that apply, in an array of exactly their number. */
function list(first: string, second: string | null, third: string | null): string[] {
  if (second === null) return third === null ? [first] : [first, third];
  return third === null ? [first, second] : [first, second, third];
}

export class ReasonWriter {
  private readonly bothIn = new Map<string, string>();
  private readonly apart = new Map<string, Map<string, string>>();
  private readonly people = new Map<string, string>();

  private sharedPeople(focalPoints: string[]): string | null {
    if (focalPoints.length === 0) return null;
    const names = focalPoints.length === 1 ? focalPoints[0] : focalPoints.join(", ");
    let sentence = this.people.get(names);
    if (sentence === undefined) {
      const label = focalPoints.length === 1 ? "Same focal point" : "Shared focal points";
      sentence = `${label}: ${names} — the same people are expected at both.`;
      this.people.set(names, sentence);
    }
    return sentence;
  }

  private samePlace(a: PairableEvent): string {
    const location = a.event.location ?? "";
    let sentence = this.bothIn.get(location);
    if (sentence === undefined) this.bothIn.set(location, (sentence = `Both in ${placeOf(a)}.`));
    return sentence;
  }

  private differentPlaces(a: PairableEvent, b: PairableEvent): string {
    const [la, lb] = [a.event.location ?? "", b.event.location ?? ""];
    let byB = this.apart.get(la);
    if (byB === undefined) this.apart.set(la, (byB = new Map()));
    let sentence = byB.get(lb);
    if (sentence === undefined) byB.set(lb, (sentence = `In different places on the same days: ${placeOf(a)} and ${placeOf(b)}.`));
    return sentence;
  }

  /** Reasons for two events with exact days that share `[from, to]`. */
  definite(a: PairableEvent, b: PairableEvent, from: string, to: string, focalPoints: string[], samePlace: boolean): string[] {
    const place = samePlace ? this.samePlace(a) : a.place !== null && b.place !== null ? this.differentPlaces(a, b) : null;
    return list(`Both on ${formatDayRange(from, to)}.`, this.sharedPeople(focalPoints), place);
  }

  /** Reasons for an overlap where at least one event is only known to the month, quarter or half-year. */
  possible(a: PairableEvent, b: PairableEvent, from: string, to: string, focalPoints: string[], samePlace: boolean): string[] {
    const vague = a.exact ? onlyKnownTo(b) : b.exact ? onlyKnownTo(a) : bothVague(a, b);
    const place = samePlace ? this.samePlace(a) : null;
    return list(`Both could fall on ${formatDayRange(from, to)}: ${vague}.`, this.sharedPeople(focalPoints), place);
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
