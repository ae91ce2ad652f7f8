// Dates that arrive already machine-readable: ISO 8601 / EDTF text and the serial
// numbers Excel and Google Sheets hand over for cells that hold real dates.
import type { Precision, TimeOfDay } from "../types";
import { fromSpreadsheetSerial, isoDay, isValidDay, lastDayOfMonth, pad } from "./calendar";
import type { Span, SpanResult } from "./combine";

export interface MachineDate {
  result: SpanResult;
  /** EDTF `?`, `~`, `%` qualifiers: the date is not certain. */
  uncertain: boolean;
  time: TimeOfDay | null;
  /** One bound open (`../2019`, `2018-05/..`): the other one, for the caller to build an open span. */
  open: { side: "start" | "end"; span: Span } | null;
}

const EDTF_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;
const DATETIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const ISO_WEEK = /^(\d{4})-?W(\d{2})$/;

interface Piece {
  start: string;
  end: string;
  precision: Precision;
  edtf: string;
  uncertain: boolean;
}

const RANK: Record<string, number> = { day: 0, week: 1, month: 2, quarter: 3, half: 4, year: 5 };

function invalid(message: string): { error: string } {
  return { error: message };
}

/** One EDTF date: `2017`, `2017-04`, `2017-04-03`, `2017-35` (third quarter), `2017-40` (first half). */
function readEdtfDate(text: string): Piece | { error: string } | null {
  const m = EDTF_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const uncertain = Boolean(m[4]);
  const bare = text.replace(/[?~%]$/, "");
  if (!m[2]) return { start: isoDay(year, 1, 1), end: isoDay(year, 12, 31), precision: "year", edtf: bare, uncertain };
  const code = Number(m[2]);
  if (m[3]) {
    const day = Number(m[3]);
    if (!isValidDay(year, code, day)) return invalid(`${bare} is not a real day.`);
    return { start: bare, end: bare, precision: "day", edtf: bare, uncertain };
  }
  if (code >= 1 && code <= 12) {
    return { start: isoDay(year, code, 1), end: lastDayOfMonth(year, code), precision: "month", edtf: bare, uncertain };
  }
  if (code >= 21 && code <= 24) {
    const first = [3, 6, 9, 12][code - 21];
    const end = code === 24 ? lastDayOfMonth(year + 1, 2) : lastDayOfMonth(year, first + 2);
    return { start: isoDay(year, first, 1), end, precision: "quarter", edtf: bare, uncertain };
  }
  if (code >= 33 && code <= 36) {
    const q = code - 32;
    return { start: isoDay(year, q * 3 - 2, 1), end: lastDayOfMonth(year, q * 3), precision: "quarter", edtf: bare, uncertain };
  }
  if (code === 40 || code === 41) {
    const first = code === 40 ? 1 : 7;
    return { start: isoDay(year, first, 1), end: lastDayOfMonth(year, first + 5), precision: "half", edtf: bare, uncertain };
  }
  return invalid(`${bare}: ${m[2]} is neither a month nor an ISO 8601-2 quarter, half or season code.`);
}

function readIsoWeek(text: string): Piece | { error: string } | null {
  const m = ISO_WEEK.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  // Week 1 is the week with the year's first Thursday.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = Date.UTC(year, 0, 4 - ((jan4.getUTCDay() + 6) % 7));
  const monday = new Date(mondayOfWeek1 + (week - 1) * 7 * 86_400_000);
  if (week < 1 || week > 53 || (week === 53 && monday.getUTCFullYear() > year && monday.getUTCDate() > 3)) {
    return invalid(`${text} is not a week of ${year}.`);
  }
  const start = isoDay(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate());
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  const end = isoDay(sunday.getUTCFullYear(), sunday.getUTCMonth() + 1, sunday.getUTCDate());
  return { start, end, precision: "week", edtf: `${start}/${end}`, uncertain: false };
}

function readOne(text: string): Piece | { error: string } | null {
  return readEdtfDate(text) ?? readIsoWeek(text);
}

function toResult(piece: Piece | { error: string }, edtf?: string, keyDates: string[] = []): SpanResult {
  if ("error" in piece) return { ok: false, error: { code: "impossible-date", message: piece.error } };
  return {
    ok: true,
    span: { start: piece.start, end: piece.end, precision: piece.precision, edtf: edtf ?? piece.edtf, keyDates, alternatives: false, warnings: [] },
  };
}

function coarser(a: Precision, b: Precision): Precision {
  return (RANK[b] ?? 0) > (RANK[a] ?? 0) ? b : a;
}

/** EDTF sets: `{2018-12-04,2018-12-06}` (all of), `[2017-05,2017-06]` (one of), members may be `a..b`. */
function readSet(text: string): MachineDate | null {
  const m = /^([[{])(.+)([\]}])$/.exec(text);
  if (!m || (m[1] === "[") !== (m[3] === "]")) return null;
  const pieces: Piece[] = [];
  for (const member of m[2].split(",").map((s) => s.trim())) {
    const [from, to] = member.split("..");
    const a = readOne(from);
    const b = to === undefined ? a : readOne(to);
    if (!a || !b) return null;
    if ("error" in a) return { result: toResult(a), uncertain: false, time: null, open: null };
    if ("error" in b) return { result: toResult(b), uncertain: false, time: null, open: null };
    pieces.push({ ...a, end: b.end, precision: coarser(a.precision, b.precision), uncertain: a.uncertain || b.uncertain });
  }
  const start = pieces.map((p) => p.start).reduce((x, y) => (y < x ? y : x));
  const end = pieces.map((p) => p.end).reduce((x, y) => (y > x ? y : x));
  const precision = pieces.map((p) => p.precision).reduce(coarser);
  const keyDates = pieces.every((p) => p.precision === "day" && p.start === p.end) ? pieces.map((p) => p.start) : [];
  return {
    result: { ok: true, span: { start, end, precision, edtf: text, keyDates, alternatives: m[1] === "[", warnings: [] } },
    uncertain: pieces.some((p) => p.uncertain),
    time: null,
    open: null,
  };
}

function readInterval(text: string): MachineDate | null {
  const parts = text.split("/");
  if (parts.length !== 2) return null;
  const [left, right] = parts;
  const openLeft = left === ".." || left === "";
  const openRight = right === ".." || right === "";
  if (openLeft && openRight) return null;
  const a = openLeft ? null : readOne(left);
  const b = openRight ? null : readOne(right);
  if ((!openLeft && !a) || (!openRight && !b)) return null;
  for (const p of [a, b]) if (p && "error" in p) return { result: toResult(p), uncertain: false, time: null, open: null };
  const pa = a as Piece | null;
  const pb = b as Piece | null;
  const uncertain = Boolean(pa?.uncertain || pb?.uncertain);
  if (!pa || !pb) {
    const known = (pa ?? pb) as Piece;
    const span = (toResult(known) as { span: Span }).span;
    return { result: { ok: true, span }, uncertain, time: null, open: { side: pa ? "start" : "end", span } };
  }
  if (pb.end < pa.start) {
    return {
      result: { ok: false, error: { code: "end-before-start", message: `${right} is before ${left}.` } },
      uncertain, time: null, open: null,
    };
  }
  const span: Span = {
    start: pa.start, end: pb.end, precision: coarser(pa.precision, pb.precision), edtf: text.replace(/\/$/, "/..").replace(/^\//, "../"),
    keyDates: [], alternatives: false, warnings: [],
  };
  return { result: { ok: true, span }, uncertain, time: null, open: null };
}

function readDateTime(text: string): MachineDate | null {
  const m = DATETIME.exec(text);
  if (!m) return null;
  const day = readEdtfDate(m[1]);
  if (!day) return null;
  const zone = m[4] === "Z" ? "+00:00" : m[4] ? `${m[4].slice(0, 3)}:${m[4].slice(-2)}` : null;
  return { result: toResult(day), uncertain: false, time: { start: `${m[2]}:${m[3]}`, end: null, utcOffset: zone }, open: null };
}

/** ISO 8601 / EDTF text, or null when the text is not written that way. */
export function readMachineText(text: string): MachineDate | null {
  const t = text.trim();
  if (!/^[\d[{.\/]/.test(t) || /\s/.test(t.replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:)/, "$1T$2"))) return null;
  const one = readOne(t);
  if (one) return { result: toResult(one), uncertain: "error" in one ? false : one.uncertain, time: null, open: null };
  return readDateTime(t) ?? readSet(t) ?? readInterval(t);
}

/** Spreadsheet serial dates (Excel and Google Sheets count days from 30 December 1899). */
export function readSerial(serial: number): MachineDate {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) {
    return {
      result: { ok: false, error: { code: "unparseable-date", message: `${serial} is neither a year nor a spreadsheet date.` } },
      uncertain: false, time: null, open: null,
    };
  }
  const { day, minutes } = fromSpreadsheetSerial(serial);
  const time = minutes > 0 && minutes < 1440 ? { start: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`, end: null, utcOffset: null } : null;
  return { result: toResult({ start: day, end: day, precision: "day", edtf: day, uncertain: false }), uncertain: false, time, open: null };
}

