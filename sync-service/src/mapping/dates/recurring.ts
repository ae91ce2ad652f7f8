// Recurring patterns: `each year`, `annually`, `twice a year`, `every September`,
// `Normally May or June, and November of each year`.
import type { Recurrence } from "../types";
import { isoDay, lastDayOfMonth } from "./calendar";
import { isKeyword, type Token } from "./tokenize";

const RECURRING = ["yearly", "monthly", "biennial"] as const;

export function isRecurring(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) => isKeyword(t, ...RECURRING) || (isKeyword(t, "every") && tokens[i + 1]?.kind === "month"),
  );
}

const ALLOWED = new Set(["to", "and", "or", "every", "times", ...RECURRING]);

/** The pattern, or null when other words are mixed in that the pattern cannot carry. */
export function readRecurrence(tokens: Token[], today: string | undefined): Recurrence | null {
  const months: number[] = [];
  let timesPerPeriod: number | null = null;
  let interval = 1;
  let frequency: Recurrence["frequency"] = "yearly";
  let fromYear: number | null = null;
  for (const t of tokens) {
    if (t.kind === "month") {
      if (!months.includes(t.value)) months.push(t.value);
    } else if (t.kind === "count") {
      timesPerPeriod = t.value === 0 ? null : t.value; // `several times`: a number nobody gave
    } else if (t.kind === "num" && t.digits === 4 && !t.ordinal) {
      fromYear = t.value; // `every year from 2017`
    } else if (t.kind === "keyword" && ALLOWED.has(t.value)) {
      if (t.value === "monthly") frequency = "monthly";
      if (t.value === "biennial") interval = 2;
    } else {
      return null;
    }
  }
  return { frequency, interval, timesPerPeriod, months, next: nextOccurrence(frequency, interval, months, fromYear, today) };
}

function nextOccurrence(
  frequency: Recurrence["frequency"],
  interval: number,
  months: number[],
  fromYear: number | null,
  today: string | undefined,
): Recurrence["next"] {
  if (!today) return null;
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (frequency === "monthly") return { start: isoDay(year, month, 1), end: lastDayOfMonth(year, month) };
  // Every other year without a known year to count from: the next one cannot be known.
  if (months.length === 0 || (interval > 1 && fromYear === null)) return null;
  const sorted = [...months].sort((a, b) => a - b);
  for (let y = Math.max(year, fromYear ?? year); y <= year + 2 * interval + 1; y++) {
    if (fromYear !== null && (y - fromYear) % interval !== 0) continue;
    const m = sorted.find((candidate) => y > year || candidate >= month);
    if (m !== undefined) return { start: isoDay(y, m, 1), end: lastDayOfMonth(y, m) };
  }
  return null;
}
