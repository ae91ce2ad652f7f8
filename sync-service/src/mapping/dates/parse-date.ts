// SPEC section 4: every date cell becomes a canonical date, or an error value — never a guess.
//
// The pipeline: machine-readable input (serials, ISO 8601 / EDTF) first; otherwise the text's
// remarks, times and zones are set aside (extract.ts), the rest becomes language-neutral tokens
// (tokenize.ts + vocabulary.ts), markers of status are read off, and what remains is read as
// a recurring pattern, an open bound, or points combined into a span (points.ts, combine.ts).
import type { CanonicalDate, Cell, DateParseOptions, DateParseResult, DateWarning, Status, TimeOfDay } from "../types";
import { addDays, describeDay } from "./calendar";
import { readExpression, type Span, type SpanResult } from "./combine";
import { extract } from "./extract";
import { readMachineText, readSerial, type MachineDate } from "./iso-input";
import { readPoint } from "./points";
import { isRecurring, readRecurrence } from "./recurring";
import { fold, isKeyword, tokenize, type Token } from "./tokenize";

function blankDate(text: string, status: Status): CanonicalDate {
  return { text, start: null, end: null, precision: "unknown", status, edtf: null, notes: [], keyDates: [], time: null, recurrence: null };
}

function fail(text: string, result: Extract<SpanResult, { ok: false }>): DateParseResult {
  return { ok: false, error: result.error, text };
}

/** EDTF's `?` marks an uncertain date: a tentative one. */
function qualify(edtf: string, status: Status): string {
  if (status !== "tentative" || /^[[{]/.test(edtf)) return edtf;
  return edtf
    .split("/")
    .map((part) => (part === ".." || /[?~%]$/.test(part) ? part : `${part}?`))
    .join("/");
}

function fromSpan(text: string, span: Span, status: Status, extra: Partial<CanonicalDate> = {}): DateParseResult {
  const finalStatus = span.alternatives && status === "confirmed" ? "tentative" : status;
  return {
    ok: true,
    date: {
      text, start: span.start, end: span.end, precision: span.precision, status: finalStatus,
      edtf: qualify(span.edtf, finalStatus), notes: [], keyDates: span.keyDates, time: null, recurrence: null, ...extra,
    },
    warnings: span.warnings,
  };
}

function fromMachine(text: string, machine: MachineDate): DateParseResult {
  if (!machine.result.ok) return fail(text, machine.result);
  const status: Status = machine.uncertain ? "tentative" : "confirmed";
  if (machine.open) return openDate(text, machine.open.side === "start" ? "from" : "by", machine.open.span, status);
  return fromSpan(text, machine.result.span, status, { time: machine.time });
}

/** The bound a part of an interval stands for in EDTF: `2016-10-27/2016-11-10` ends at `2016-11-10`. */
function edtfPart(edtf: string, side: "start" | "end"): string {
  if (/^[[{]/.test(edtf)) return side === "start" ? edtf.slice(1).split(/[,.]/)[0] : edtf.slice(0, -1).split(/[,.]/).pop() ?? edtf;
  const parts = edtf.split("/");
  return side === "start" ? parts[0] : parts[parts.length - 1];
}

type Bound = "by" | "before" | "from" | "after";

/** The known bound of an open date in EDTF: `before June 2018` ends in `2018-05`, `after 2019` starts in `2020`. */
function boundEdtf(span: Span, side: "start" | "end", exclusive: boolean, day: string): string {
  if (!exclusive) return edtfPart(span.edtf, side);
  if (span.precision === "year") return day.slice(0, 4);
  if (span.precision === "month") return day.slice(0, 7);
  return day;
}

function openDate(text: string, bound: Bound, span: Span, status: Status): DateParseResult {
  const exclusive = bound === "before" || bound === "after";
  const endsOpen = bound === "from" || bound === "after";
  const start = endsOpen ? (exclusive ? addDays(span.end, 1) : span.start) : null;
  const end = endsOpen ? null : exclusive ? addDays(span.start, -1) : span.end;
  const edtf = endsOpen
    ? `${boundEdtf(span, "start", exclusive, start as string)}/..`
    : `../${boundEdtf(span, "end", exclusive, end as string)}`;
  return {
    ok: true,
    date: { text, start, end, precision: "open", status, edtf: qualify(edtf, status), notes: [], keyDates: [], time: null, recurrence: null },
    warnings: span.warnings,
  };
}

/** Days named in a remark (`scheduled for Tuesday 6 December 2016`), with their weekdays checked. */
function keyDatesIn(remark: string): { days: string[]; warnings: DateWarning[] } {
  const tokens = meaningful(tokenize(fold(remark)));
  const days: string[] = [];
  const warnings: DateWarning[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = readPoint(tokens, i);
    if (!match || match.point.type !== "day" || match.point.month === null || match.point.year === null) continue;
    const result = readExpression(tokens.slice(i, match.next));
    if (!result.ok) continue;
    days.push(result.span.start);
    warnings.push(...result.span.warnings);
    i = match.next - 1;
  }
  return { days, warnings };
}

function meaningful(tokens: Token[]): Token[] {
  return tokens.filter((t) => !isKeyword(t, "filler"));
}

/** A remark that only says how sure the date is: `(TBC)`, `(tentative)`, `(dates TBD)`. */
function isStatusRemark(remark: string): boolean {
  const tokens = meaningful(tokenize(fold(remark)));
  return tokens.length > 0 && tokens.every((t) => isKeyword(t, "tentative", "tbd"));
}

function readOpenBound(tokens: Token[]): { bound: Bound; rest: Token[] } | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const hasTo = tokens.some((t, i) => i > 0 && isKeyword(t, "to"));
  if (isKeyword(last, "onwards")) {
    const rest = tokens.slice(isKeyword(first, "from") ? 1 : 0, -1);
    return { bound: "from", rest };
  }
  if (isKeyword(first, "by", "before", "after") || (isKeyword(first, "to") && !hasTo)) {
    const bound = (first as { value: Bound | "to" }).value;
    return { bound: bound === "to" ? "by" : bound, rest: tokens.slice(1) };
  }
  if (isKeyword(first, "from") && !hasTo) return { bound: "from", rest: tokens.slice(1) };
  return null;
}

/** `between 3 and 5 May` reads as `3 to 5 May`; a leading `from` before a `to` says nothing more. */
function rangeWords(tokens: Token[]): Token[] {
  if (isKeyword(tokens[0], "between")) {
    const and = tokens.findIndex((t) => isKeyword(t, "and"));
    if (and > 0) return [...tokens.slice(1, and), { kind: "keyword", value: "to", text: "and" }, ...tokens.slice(and + 1)];
  }
  if (isKeyword(tokens[0], "from")) return tokens.slice(1);
  return tokens;
}

function parseText(text: string, opts: DateParseOptions): DateParseResult {
  const machine = readMachineText(text);
  if (machine) return fromMachine(text, machine);

  const { main, remarks, time } = extract(text);
  const notes: string[] = [];
  const keyDates: string[] = [];
  const noteWarnings: DateWarning[] = [];
  let tentative = false;
  let tbd = false;
  for (const remark of remarks) {
    if (isStatusRemark(remark)) {
      tentative = true;
      continue;
    }
    notes.push(remark);
    const found = keyDatesIn(remark);
    keyDates.push(...found.days);
    noteWarnings.push(...found.warnings);
  }

  let tokens = meaningful(tokenize(main));
  tentative ||= tokens.some((t) => isKeyword(t, "tentative"));
  tbd = tokens.some((t) => isKeyword(t, "tbd"));
  tokens = tokens.filter((t) => !isKeyword(t, "tentative", "tbd"));
  // Stray connectors at either end (`December 2016 -`, `, 2017`) carry nothing.
  while (isKeyword(tokens[tokens.length - 1], "to", "and", "or")) tokens.pop();
  while (isKeyword(tokens[0], "and", "or")) tokens.shift();

  const extra = { notes, time: time as TimeOfDay | null };
  if (tokens.length === 0) {
    if (!tbd && !tentative && notes.length === 0) {
      return { ok: false, error: { code: "unparseable-date", message: "There is no date in this text." }, text };
    }
    return { ok: true, date: { ...blankDate(text, "tbd"), ...extra }, warnings: noteWarnings };
  }
  // A date given with `TBD` / `TBC` beside it is a date not yet sure.
  const status: Status = tentative || tbd ? "tentative" : "confirmed";

  if (isRecurring(tokens)) {
    const recurrence = readRecurrence(tokens, opts.today);
    if (!recurrence) {
      return { ok: false, error: { code: "unparseable-date", message: "Could not understand this recurring date." }, text };
    }
    return {
      ok: true,
      date: { ...blankDate(text, status), precision: "recurring", recurrence, ...extra },
      warnings: noteWarnings,
    };
  }

  const open = readOpenBound(tokens);
  const expression = readExpression(open ? open.rest : rangeWords(tokens));
  if (!expression.ok) return fail(text, expression);
  const span = { ...expression.span, warnings: [...expression.span.warnings, ...noteWarnings] };
  const result = open ? openDate(text, open.bound, span, status) : fromSpan(text, span, status);
  if (result.ok) {
    result.date.notes = notes;
    result.date.time = time;
    result.date.keyDates = [...new Set([...result.date.keyDates, ...keyDates])];
  }
  return result;
}

function parseNumber(value: number, text: string): DateParseResult {
  // A whole number that reads as a year is a year typed into a number cell, not a serial.
  if (Number.isInteger(value) && value >= 1000 && value <= 2999) return parseText(String(value), {});
  return fromMachine(text, readSerial(value));
}

// Mappings repeat their date texts ("Date to be determined", "June 2017"): a parse depends only
// on the text and the reference day, so one result serves every repeat. Results are shared, so
// callers must not change them (none does: a changed date is a copy); the cache is emptied when
// full so its memory stays bounded.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, DateParseResult>();

/** Parses one date cell. `value` is the cell as the spreadsheet hands it over. Results are read-only. */
export function parseDate(value: Cell | undefined, opts: DateParseOptions = {}): DateParseResult {
  const key = `${typeof value}\u0000${opts.today ?? ""}\u0000${String(value)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const result = parseCell(value, opts);
  cache.set(key, result);
  return result;
}

function parseCell(value: Cell | undefined, opts: DateParseOptions): DateParseResult {
  if (value === null || value === undefined) return { ok: true, date: blankDate("", "tbd"), warnings: [] };
  if (typeof value === "boolean") {
    return { ok: false, error: { code: "unparseable-date", message: `${value} is not a date.` }, text: String(value) };
  }
  if (typeof value === "number") return parseNumber(value, String(value));
  const text = value;
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, date: blankDate(text, "tbd"), warnings: [] };
  // Five-digit numbers have no other meaning here: a serial that arrived as text.
  if (/^\d{5}(\.\d+)?$/.test(trimmed)) return fromMachine(text, readSerial(Number(trimmed)));
  return parseText(text, opts);
}

/** A person-readable description of a canonical date, for reports. */
export function describeDate(date: CanonicalDate): string {
  if (!date.start && !date.end) return date.precision === "recurring" ? "recurring" : "date not determined";
  if (!date.start) return `by ${describeDay(date.end as string)}`;
  if (!date.end) return `from ${describeDay(date.start)}`;
  return date.start === date.end ? describeDay(date.start) : `${describeDay(date.start)} – ${describeDay(date.end)}`;
}

