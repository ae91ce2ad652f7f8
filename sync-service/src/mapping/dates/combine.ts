// The refiners: read points joined by `to` / `and` / `or`, lend months and years across them,
// and merge them into one span with its bounds, precision and EDTF form.
import type { DateError, DateWarning, Precision } from "../types";
import {
  addDays, daysInMonth, describeDay, isoDay, isoMonth, isValidDay, lastDayOfMonth, MONTH_NAMES, pad, weekdayOf,
  WEEKDAY_NAMES,
} from "./calendar";
import { PRECISION_RANK, precisionOf, readPoint, type Point } from "./points";
import type { Token } from "./tokenize";

export interface Span {
  start: string;
  end: string;
  precision: Precision;
  edtf: string;
  keyDates: string[];
  /** `May or June`: one of these, not all of them. */
  alternatives: boolean;
  warnings: DateWarning[];
}

export type SpanResult = { ok: true; span: Span } | { ok: false; error: DateError };

type Connector = "to" | "and" | "or";

const unparseable = (message: string): SpanResult => ({ ok: false, error: { code: "unparseable-date", message } });

/** Points and the connectors between them; null when the tokens are not such a sequence. */
function readSequence(tokens: Token[]): { points: Point[]; connectors: Connector[] } | { stuckAt: number } {
  const points: Point[] = [];
  const connectors: Connector[] = [];
  let i = 0;
  for (;;) {
    const match = readPoint(tokens, i);
    if (!match) return { stuckAt: i };
    points.push(match.point);
    i = match.next;
    if (i >= tokens.length) return { points, connectors };
    // `, and` / `jusqu'au` / `to -` read as one connector; `to` beats `and` beats `or`.
    let connector: Connector | null = null;
    while (tokens[i]?.kind === "keyword" && ["to", "and", "or"].includes((tokens[i] as { value: string }).value)) {
      const value = (tokens[i] as { value: Connector }).value;
      if (connector === null || value === "to" || (value === "and" && connector === "or")) connector = value;
      i++;
    }
    if (connector === null || i >= tokens.length) return { stuckAt: i };
    connectors.push(connector);
  }
}

function lend(points: Point[], field: "month" | "year", needs: (p: Point) => boolean): boolean {
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (p[field] !== null || !needs(p)) continue;
    const donor =
      points.slice(i + 1).find((q) => q[field] !== null) ?? [...points.slice(0, i)].reverse().find((q) => q[field] !== null);
    if (!donor) return false;
    p[field] = donor[field];
    if (field === "month") p.monthInherited = true;
    else p.yearInherited = true;
  }
  return true;
}

function bounds(p: Point): { start: string; end: string } {
  const y = p.year as number;
  const m = p.month as number;
  switch (p.type) {
    case "day":
      return { start: isoDay(y, m, p.day), end: isoDay(y, m, p.day) };
    case "month":
      return { start: isoDay(y, m, 1), end: lastDayOfMonth(y, m) };
    case "quarter":
      return { start: isoDay(y, p.quarter * 3 - 2, 1), end: lastDayOfMonth(y, p.quarter * 3) };
    case "half":
      return p.half === 1 ? { start: isoDay(y, 1, 1), end: isoDay(y, 6, 30) } : { start: isoDay(y, 7, 1), end: isoDay(y, 12, 31) };
    case "season": {
      // Meteorological seasons of the northern hemisphere; winter YYYY runs into YYYY+1.
      const first = [3, 6, 9, 12][p.season - 1];
      const endYear = p.season === 4 ? y + 1 : y;
      const endMonth = p.season === 4 ? 2 : first + 2;
      return { start: isoDay(y, first, 1), end: lastDayOfMonth(endYear, endMonth) };
    }
    case "partOfMonth": {
      const [from, to] = { early: [1, 10], mid: [11, 20], late: [21, daysInMonth(y, m)] }[p.part];
      return { start: isoDay(y, m, from), end: isoDay(y, m, to) };
    }
    case "partOfYear": {
      const [from, to] = { early: [1, 4], mid: [5, 8], late: [9, 12] }[p.part];
      return { start: isoDay(y, from, 1), end: lastDayOfMonth(y, to) };
    }
    case "weekOfMonth": {
      const last = daysInMonth(y, m);
      const from = p.week === -1 ? last - 6 : (p.week - 1) * 7 + 1;
      return { start: isoDay(y, m, from), end: isoDay(y, m, Math.min(from + 6, last)) };
    }
    case "weekOfDay": {
      const day = isoDay(y, m, p.day);
      const monday = addDays(day, 1 - weekdayOf(day));
      return { start: monday, end: addDays(monday, 6) };
    }
    case "gaSession":
      return { start: isoDay(y, 9, 1), end: isoDay(y, 12, 31) };
    case "year":
      return { start: isoDay(y, 1, 1), end: isoDay(y, 12, 31) };
  }
}

/** The point's own EDTF, or null when it is a span of days that EDTF writes as an interval. */
function singleEdtf(p: Point): string | null {
  const y = pad(p.year as number, 4);
  switch (p.type) {
    case "day":
      return isoDay(p.year as number, p.month as number, p.day);
    case "month":
      return isoMonth(p.year as number, p.month as number);
    case "quarter":
      return `${y}-${32 + p.quarter}`;
    case "half":
      return `${y}-${39 + p.half}`;
    case "season":
      return `${y}-${20 + p.season}`;
    case "year":
      return y;
    default:
      return null;
  }
}

/** The point's ends as EDTF; inside a range or list, quarters and halves are written as months. */
function edtfEnds(p: Point, inCompound: boolean): { from: string; to: string } {
  const { start, end } = bounds(p);
  if (inCompound && (p.type === "quarter" || p.type === "half" || p.type === "season")) {
    return { from: start.slice(0, 7), to: end.slice(0, 7) };
  }
  const single = singleEdtf(p);
  if (single) return { from: single, to: single };
  if (p.type === "gaSession") return { from: start.slice(0, 7), to: end.slice(0, 7) };
  return { from: start, to: end };
}

function invalidDay(p: Point): string | null {
  const y = p.year as number;
  const m = p.month as number;
  if (p.type === "day" || p.type === "weekOfDay") {
    if (m < 1 || m > 12) return `${m} is not a month.`;
    if (!isValidDay(y, m, p.day)) return `${p.day} ${MONTH_NAMES[m]} ${y} does not exist.`;
  }
  if (p.type === "weekOfMonth" && p.week !== -1 && (p.week - 1) * 7 + 1 > daysInMonth(y, m)) {
    return `There is no week ${p.week} in that month.`;
  }
  return null;
}

/** Reads a whole token list as one date expression. */
export function readExpression(tokens: Token[]): SpanResult {
  if (tokens.length === 0) return unparseable("There is no date in this text.");
  const sequence = readSequence(tokens);
  if ("stuckAt" in sequence) {
    const t = tokens[sequence.stuckAt];
    if (t?.kind === "numericDate") {
      return unparseable(`${t.text} can be read as ${t.first}/${t.second} or ${t.second}/${t.first}: write the month in words.`);
    }
    return unparseable(t ? `Could not understand the date near "${t.text}".` : "The date text ends too early.");
  }
  const { points, connectors } = sequence;

  if (!lend(points, "month", (p) => p.type === "day")) return unparseable("A day is given without its month.");
  if (!lend(points, "year", () => true)) return unparseable("The date has no year; write it in full, e.g. 14 November 2016.");

  for (const p of points) {
    const invalid = invalidDay(p);
    if (invalid) return { ok: false, error: { code: "impossible-date", message: invalid } };
  }

  // `December 28 to January 3, 2017`: a lent year that would run backwards belongs to the year before.
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const wrapsYear = a.month !== null && b.month !== null && a.month > b.month;
    if (!wrapsYear || bounds(b).start >= bounds(a).start) continue;
    if (a.yearInherited) a.year = (a.year as number) - 1;
    else if (b.yearInherited) b.year = (b.year as number) + 1;
    const invalid = invalidDay(a) ?? invalidDay(b);
    if (invalid) return { ok: false, error: { code: "impossible-date", message: invalid } };
  }

  // Groups of points joined by `to`, the groups themselves joined by `and` / `or`.
  const groups: Point[][] = [[points[0]]];
  connectors.forEach((c, i) => (c === "to" ? groups[groups.length - 1].push(points[i + 1]) : groups.push([points[i + 1]])));
  for (const group of groups) {
    const from = bounds(group[0]).start;
    const to = bounds(group[group.length - 1]).end;
    if (to < from) {
      return { ok: false, error: { code: "end-before-start", message: `The end (${describeDay(to)}) is before the start (${describeDay(from)}).` } };
    }
  }

  const all = points.map(bounds);
  const start = all.map((b) => b.start).reduce((a, b) => (b < a ? b : a));
  const end = all.map((b) => b.end).reduce((a, b) => (b > a ? b : a));
  const precision = points
    .map(precisionOf)
    .reduce((a, b) => ((PRECISION_RANK[b] ?? 0) > (PRECISION_RANK[a] ?? 0) ? b : a));
  const alternatives = connectors.includes("or") && !connectors.includes("and");

  let edtf: string;
  const compound = points.length > 1;
  const members = groups.map((g) => {
    const from = edtfEnds(g[0], compound).from;
    const to = edtfEnds(g[g.length - 1], compound).to;
    return { from, to, single: g.length === 1 && singleEdtf(g[0]) !== null };
  });
  if (groups.length === 1) {
    const m = members[0];
    edtf = m.single ? m.from : `${m.from}/${m.to}`;
  } else {
    const inner = members.map((m) => (m.single ? m.from : `${m.from}..${m.to}`)).join(",");
    edtf = alternatives ? `[${inner}]` : `{${inner}}`;
  }

  const keyDates =
    groups.length > 1 && groups.every((g) => g.length === 1 && g[0].type === "day") ? groups.map((g) => bounds(g[0]).start) : [];

  const warnings: DateWarning[] = [];
  for (const p of points) {
    if (p.type !== "day" || p.weekday === null) continue;
    const day = bounds(p).start;
    const actual = weekdayOf(day);
    if (actual !== p.weekday) {
      warnings.push({
        code: "weekday-mismatch",
        message: `${describeDay(day)} is a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[p.weekday]}.`,
      });
    }
  }

  return { ok: true, span: { start, end, precision, edtf, keyDates, alternatives, warnings } };
}
