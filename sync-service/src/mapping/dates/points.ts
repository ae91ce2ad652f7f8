// The grammar's small pattern parsers: each reads one "point" of a date (a day, a month,
// a quarter, …) at a position in the token list. Missing months and years are filled in
// later by combine.ts, the way `4 to 6 December 2017` lends its month and year to the 4.
import type { Precision } from "../types";
import { isKeyword, type Token } from "./tokenize";

export type PointShape =
  | { type: "day"; day: number; weekday: number | null }
  | { type: "month" }
  | { type: "quarter"; quarter: number }
  | { type: "half"; half: number }
  | { type: "season"; season: 1 | 2 | 3 | 4 }
  | { type: "partOfMonth"; part: "early" | "mid" | "late" }
  | { type: "partOfYear"; part: "early" | "mid" | "late" }
  | { type: "weekOfMonth"; week: number }
  | { type: "weekOfDay"; day: number }
  | { type: "gaSession" }
  | { type: "year" };

export type Point = PointShape & {
  month: number | null;
  year: number | null;
  monthInherited?: boolean;
  yearInherited?: boolean;
};

export interface PointMatch {
  point: Point;
  next: number;
}

/** Coarser precisions win when points of different kinds are combined. */
export const PRECISION_RANK: Partial<Record<Precision, number>> = {
  day: 0, week: 1, month: 2, quarter: 3, half: 4, year: 5,
};

export function precisionOf(point: Point): Precision {
  switch (point.type) {
    case "day":
      return "day";
    case "weekOfMonth":
    case "weekOfDay":
      return "week";
    case "month":
    case "partOfMonth":
    case "gaSession":
      return "month";
    case "quarter":
    case "season":
    case "partOfYear":
      return "quarter";
    case "half":
      return "half";
    case "year":
      return "year";
  }
}

const isYear = (t: Token | undefined): t is Extract<Token, { kind: "num" }> =>
  t?.kind === "num" && t.digits === 4 && !t.ordinal && t.value >= 1000;
const isDayNumber = (t: Token | undefined): t is Extract<Token, { kind: "num" }> =>
  t?.kind === "num" && t.digits <= 2 && t.value >= 1 && t.value <= 99;
const isComma = (t: Token | undefined) => t?.kind === "keyword" && t.text === ",";

/** An optional year after a point: `December 2016`, `November 14, 2016`. */
function optionalYear(tokens: Token[], i: number): { year: number | null; next: number } {
  const [here, after] = [tokens[i], tokens[i + 1]];
  if (isYear(here)) return { year: here.value, next: i + 1 };
  if (isComma(here) && isYear(after)) return { year: after.value, next: i + 2 };
  return { year: null, next: i };
}

/** An optional leading weekday: `Tuesday 6 December`, `Monday, 14 November`. */
function optionalWeekday(tokens: Token[], i: number): { weekday: number | null; next: number } {
  const t = tokens[i];
  if (t?.kind !== "weekday") return { weekday: null, next: i };
  return { weekday: t.value, next: isComma(tokens[i + 1]) ? i + 2 : i + 1 };
}

function ordinalValue(t: Token | undefined): number | null {
  if (t?.kind === "ordinal") return t.value;
  if (t?.kind === "num" && t.digits === 1 && t.value >= 1 && t.value <= 5) return t.value;
  return null;
}

type PatternParser = (tokens: Token[], i: number) => PointMatch | null;

const isoDay: PatternParser = (tokens, i) => {
  const t = tokens[i];
  if (t?.kind !== "isoDay") return null;
  return { point: { type: "day", day: t.day, weekday: null, month: t.month, year: t.year }, next: i + 1 };
};

/** `14/11/2016` only where it cannot be read two ways; `14.11.2016` is always day first. */
const numericDate: PatternParser = (tokens, i) => {
  const t = tokens[i];
  if (t?.kind !== "numericDate") return null;
  const dayFirst = t.dotted || t.first > 12 || t.first === t.second;
  const monthFirst = !t.dotted && t.second > 12;
  if (dayFirst === monthFirst) return null; // ambiguous (or nonsense): not a guess
  const [day, month] = dayFirst ? [t.first, t.second] : [t.second, t.first];
  return { point: { type: "day", day, weekday: null, month, year: t.year }, next: i + 1 };
};

/** `14 November 2016`, `4` (month lent later), `Tuesday 6 December 2016`. */
const dayFirst: PatternParser = (tokens, start) => {
  const { weekday, next: i } = optionalWeekday(tokens, start);
  const day = tokens[i];
  if (!isDayNumber(day)) return null;
  const month = tokens[i + 1];
  if (month?.kind === "month") {
    const { year, next } = optionalYear(tokens, i + 2);
    return { point: { type: "day", day: day.value, weekday, month: month.value, year }, next };
  }
  const { year, next } = optionalYear(tokens, i + 1);
  return { point: { type: "day", day: day.value, weekday, month: null, year }, next };
};

/** `November 14, 2016`, `December 4`. */
const monthFirst: PatternParser = (tokens, start) => {
  const { weekday, next: i } = optionalWeekday(tokens, start);
  const month = tokens[i];
  const day = tokens[i + 1];
  if (month?.kind !== "month" || !isDayNumber(day)) return null;
  const { year, next } = optionalYear(tokens, i + 2);
  return { point: { type: "day", day: day.value, weekday, month: month.value, year }, next };
};

const monthOnly: PatternParser = (tokens, i) => {
  const month = tokens[i];
  if (month?.kind !== "month") return null;
  const { year, next } = optionalYear(tokens, i + 1);
  return { point: { type: "month", month: month.value, year }, next };
};

/** The number of a quarter or half: `Q3` / `3Q`, or an ordinal before the word (`third quarter`). */
function periodNumber(
  tokens: Token[],
  i: number,
  code: "quarterNo" | "halfNo",
  word: "quarter" | "half",
  count: number,
): { n: number; next: number } | null {
  const t = tokens[i];
  let n: number | null = null;
  let next = i + 1;
  if (t?.kind === code) n = t.value;
  else if (isKeyword(tokens[i + 1], word)) {
    n = ordinalValue(t);
    if (n === -1) n = count; // `last quarter`
    next = i + 2;
  }
  return n !== null && n >= 1 && n <= count ? { n, next } : null;
}

/** `Q3 2017`, `3Q 2017`, `Third Quarter 2017`, `3rd quarter of 2017`, `tercer trimestre de 2017`. */
const quarter: PatternParser = (tokens, i) => {
  const period = periodNumber(tokens, i, "quarterNo", "quarter", 4);
  if (!period) return null;
  const { year, next } = optionalYear(tokens, period.next);
  return { point: { type: "quarter", quarter: period.n, month: null, year }, next };
};

/** `first half of 2018`, `H2 2018`, `second semester 2018`, `premier semestre 2018`. */
const half: PatternParser = (tokens, i) => {
  const period = periodNumber(tokens, i, "halfNo", "half", 2);
  if (!period) return null;
  const { year, next } = optionalYear(tokens, period.next);
  return { point: { type: "half", half: period.n, month: null, year }, next };
};

const SEASONS = { spring: 1, summer: 2, autumn: 3, winter: 4 } as const;

const season: PatternParser = (tokens, i) => {
  const t = tokens[i];
  if (t?.kind !== "keyword" || !(t.value in SEASONS)) return null;
  const { year, next } = optionalYear(tokens, i + 1);
  return { point: { type: "season", season: SEASONS[t.value as keyof typeof SEASONS], month: null, year }, next };
};

/** `early June 2017`, `mid-2018`, `fin novembre`, `finales de 2017`. */
const partOf: PatternParser = (tokens, i) => {
  const t = tokens[i];
  if (!isKeyword(t, "early", "mid", "late")) return null;
  const part = (t as { value: "early" | "mid" | "late" }).value;
  const month = tokens[i + 1];
  if (month?.kind === "month") {
    const { year, next } = optionalYear(tokens, i + 2);
    return { point: { type: "partOfMonth", part, month: month.value, year }, next };
  }
  const year = tokens[i + 1];
  if (isYear(year)) return { point: { type: "partOfYear", part, month: null, year: year.value }, next: i + 2 };
  return null;
};

/** `first week of December 2017`, `last week of June`, `week of 14 November 2016`. */
const week: PatternParser = (tokens, i) => {
  const n = ordinalValue(tokens[i]);
  if (n !== null && isKeyword(tokens[i + 1], "week") && tokens[i + 2]?.kind === "month") {
    const { year, next } = optionalYear(tokens, i + 3);
    return { point: { type: "weekOfMonth", week: n, month: (tokens[i + 2] as { value: number }).value, year }, next };
  }
  if (isKeyword(tokens[i], "week")) {
    const day = dayFirst(tokens, i + 1) ?? monthFirst(tokens, i + 1);
    if (day && day.point.type === "day") {
      return { point: { ...day.point, type: "weekOfDay", day: day.point.day }, next: day.next };
    }
  }
  return null;
};

/** `GA Session 2017`: the main part of the UN General Assembly session, September to December. */
const gaSession: PatternParser = (tokens, i) => {
  const year = tokens[i + 1];
  if (!isKeyword(tokens[i], "ga-session") || !isYear(year)) return null;
  return { point: { type: "gaSession", month: null, year: year.value }, next: i + 2 };
};

const yearOnly: PatternParser = (tokens, i) => {
  const year = tokens[i];
  return isYear(year) ? { point: { type: "year", month: null, year: year.value }, next: i + 1 } : null;
};

// Order matters: the more specific reading of the same tokens comes first.
const PATTERNS: PatternParser[] = [
  isoDay, numericDate, week, quarter, half, season, partOf, gaSession, monthFirst, dayFirst, monthOnly, yearOnly,
];

export function readPoint(tokens: Token[], i: number): PointMatch | null {
  for (const pattern of PATTERNS) {
    const match = pattern(tokens, i);
    if (match) return match;
  }
  return null;
}
