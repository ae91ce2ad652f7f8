import type { ParsedRow } from "../rows/parsed-row";
import type { CanonicalDate, ValidationIssue } from "../types";
import type { Check } from "./check-types";
import { editionOf, normaliseEventName } from "./event-name";
import { makeIssue } from "./issue-codes";

// An event that says it meets several times a year is expected twice in one year (not on the same days).
const MEETS_SEVERAL_TIMES_A_YEAR = /twice a year|several times|times (?:a|per) year|bi-?annual|semi-?annual/i;

function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

function overlaps(a: CanonicalDate, b: CanonicalDate): boolean {
  return a.start !== null && a.end !== null && b.start !== null && b.end !== null && a.start <= b.end && b.start <= a.end;
}

function shareAYear(a: CanonicalDate, b: CanonicalDate): boolean {
  if (a.start === null || a.end === null || b.start === null || b.end === null) return false;
  return yearOf(a.start) <= yearOf(b.end) && yearOf(b.start) <= yearOf(a.end);
}

/** A row with what the comparison needs read once (a name can be listed many times). */
interface NamedRow {
  row: ParsedRow;
  edition: number | null;
  severalAYear: boolean;
}

/** Why two rows with the same normalised name look like one event, or null when they do not. */
function duplicateReason(earlier: NamedRow, later: NamedRow): string | null {
  const [a, b] = [earlier.row.event, later.row.event];
  const [editionA, editionB] = [earlier.edition, later.edition];
  if (editionA !== null && editionB !== null) {
    return editionA === editionB ? `the same name and edition (${editionA})` : null;
  }
  if (overlaps(a.date, b.date)) return "the same name and overlapping dates";
  const severalAYear = earlier.severalAYear || later.severalAYear;
  if (shareAYear(a.date, b.date) && !severalAYear) return "the same name in the same year";
  return null;
}

// Spans longer than this are not bucketed year by year (an open or multi-year date is no
// evidence of a duplicate by itself; such rows still meet others through their editions).
const MAX_BUCKETED_YEARS = 5;

/**
 * Rows of one name that could be duplicates: the same edition, or a shared year (overlapping
 * dates share a year too). Bucketing keeps a name listed thousands of times from costing all pairs.
 */
function candidatePairs(group: NamedRow[]): [number, number][] {
  const buckets = new Map<string, number[]>();
  const add = (key: string, index: number) => {
    const bucket = buckets.get(key);
    if (bucket) bucket.push(index);
    else buckets.set(key, [index]);
  };
  group.forEach((named, index) => {
    if (named.edition !== null) add(`edition ${named.edition}`, index);
    const { start, end } = named.row.event.date;
    if (start === null || end === null) return;
    const [first, last] = [yearOf(start), yearOf(end)];
    if (last - first >= MAX_BUCKETED_YEARS) return;
    for (let year = first; year <= last; year++) add(`year ${year}`, index);
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const bucket of buckets.values()) {
    for (let j = 1; j < bucket.length; j++) {
      for (let i = 0; i < j; i++) {
        const key = bucket[i] * group.length + bucket[j];
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([bucket[i], bucket[j]]);
      }
    }
  }
  return pairs;
}

/** probable-duplicate: once per pair, on the later row, naming the earlier one. */
export const checkProbableDuplicate: Check = ({ rows }) => {
  const byName = new Map<string, NamedRow[]>();
  for (const row of rows) {
    const name = normaliseEventName(row.event.title);
    if (name === "") continue;
    const title = row.event.title;
    const named = { row, edition: editionOf(title), severalAYear: MEETS_SEVERAL_TIMES_A_YEAR.test(title) };
    const group = byName.get(name);
    if (group) group.push(named);
    else byName.set(name, [named]);
  }
  const issues: ValidationIssue[] = [];
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    for (const [i, j] of candidatePairs(group)) {
      const [earlier, later] = [group[i], group[j]];
      const reason = duplicateReason(earlier, later);
      if (reason === null) continue;
      const [a, b] = [earlier.row.event, later.row.event];
      issues.push(
        makeIssue(
          b,
          "Event",
          "probable-duplicate",
          `This looks like the same event as row ${a.row} ("${a.title}", ${a.date.text || "no date"}): ${reason}.`,
          `If it is the same event, delete one of rows ${a.row} and ${b.row}; if not, make the names or dates tell them apart.`,
        ),
      );
    }
  }
  return issues;
};
