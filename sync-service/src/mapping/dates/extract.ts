// Separates what is said around a date from the date itself: parenthetical notes,
// times of day and time zones. What remains is handed to the grammar.
import type { TimeOfDay } from "../types";
import { pad } from "./calendar";
import { fold } from "./tokenize";

export interface Extracted {
  /** Folded text with notes and times taken out. */
  main: string;
  /** Parenthetical / bracketed remarks, verbatim. */
  remarks: string[];
  time: TimeOfDay | null;
}

const NAMED_ZONES: Record<string, string> = {
  gmt: "+00:00", utc: "+00:00", z: "+00:00", bst: "+01:00", cet: "+01:00", cest: "+02:00",
  eet: "+02:00", eest: "+03:00", eat: "+03:00", wat: "+01:00", cat: "+02:00", msk: "+03:00",
  gst: "+04:00", ist: "+05:30", ict: "+07:00", jst: "+09:00", aest: "+10:00",
  est: "-05:00", edt: "-04:00", cst: "-06:00", cdt: "-05:00", mst: "-07:00", mdt: "-06:00",
  pst: "-08:00", pdt: "-07:00",
};

const CLOCK = String.raw`(?<![\d./:])(\d{1,2})(?!\d)(?:\s*[:h.]\s*(\d{2})(?![\d./]))?\s*(a\.?m\.?|p\.?m\.?|h(?![a-z]))?`;
const TIME_RANGE = new RegExp(
  String.raw`(?:\b(?:from|at|de|des|desde|a las|a partir de)\s+)?` +
    CLOCK +
    String.raw`(?:\s*(?:-|to|until|a|au|à|hasta)\s*` + CLOCK + ")?",
  "g",
);
const ZONE = new RegExp(
  String.raw`\(?\s*\b(gmt|utc)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)?|\(?\b(` +
    Object.keys(NAMED_ZONES).filter((z) => z !== "gmt" && z !== "utc" && z !== "z").join("|") +
    String.raw`)\b\)?`,
  "i",
);

/** A cheap first look: most date texts have no time of day at all. */
const MAY_HAVE_CLOCK = /\d\s*(?:[:h.]|[ap]\.?m)/i;
const HAS_CLOCK = /\d\s*[:h.]\s*\d{2}(?![\d./])|\d\s*[ap]\.?m\b/i;

function clock(hours: string, minutes: string | undefined, meridiem: string | undefined): string | null {
  let h = Number(hours);
  const m = minutes ? Number(minutes) : 0;
  const mer = meridiem?.replace(/\./g, "");
  if (mer === "pm" && h < 12) h += 12;
  if (mer === "am" && h === 12) h = 0;
  if (h > 23 || m > 59) return null;
  return `${pad(h)}:${pad(m)}`;
}

function takeZone(text: string): { text: string; utcOffset: string | null } {
  const m = ZONE.exec(text);
  if (!m) return { text, utcOffset: null };
  const named = m[5]?.toLowerCase();
  const offset = m[1]
    ? m[2]
      ? `${m[2]}${pad(Number(m[3]))}:${m[4] ?? "00"}`
      : "+00:00"
    : NAMED_ZONES[named ?? "utc"];
  return { text: text.slice(0, m.index) + " " + text.slice(m.index + m[0].length), utcOffset: offset };
}

/** A match counts as a time only with minutes or am/pm/h: a bare `14` is a day. */
function takeTime(text: string): { text: string; time: Omit<TimeOfDay, "utcOffset"> | null } {
  if (!MAY_HAVE_CLOCK.test(text)) return { text, time: null };
  for (const m of text.matchAll(TIME_RANGE)) {
    const [whole, h1, m1, mer1, h2, m2, mer2] = m;
    const firstIsTime = m1 !== undefined || mer1 !== undefined || (h2 !== undefined && /^[ap]/.test(mer2 ?? ""));
    if (!firstIsTime) continue;
    // `9-11am`: a meridiem written once applies to both ends.
    const start = clock(h1, m1, mer1 && mer1 !== "h" ? mer1 : mer2 && mer2 !== "h" ? mer2 : undefined);
    if (!start) continue;
    const end = h2 !== undefined && (m2 !== undefined || mer2 !== undefined) ? clock(h2, m2, mer2 === "h" ? undefined : mer2) : null;
    const rest = text.slice(0, m.index) + " " + text.slice((m.index ?? 0) + whole.length);
    return { text: rest, time: { start, end } };
  }
  return { text, time: null };
}

/** Pulls `( … )` and `[ … ]` remarks out of the original text, keeping them verbatim. */
function takeRemarks(text: string): { rest: string; remarks: string[] } {
  const remarks: string[] = [];
  const rest = text.replace(/\(([^()]*)\)|\[([^[\]]*)\]/g, (_, round?: string, square?: string) => {
    const inner = (round ?? square ?? "").trim();
    if (inner) remarks.push(inner);
    return " ";
  });
  return { rest, remarks };
}

export function extract(text: string): Extracted {
  // Time zones are often written in parentheses, `(GMT-5)`: take them before the remarks.
  // A zone counts only beside a time of day: `est` is also a French word.
  const plain = text.replace(/[\u2010-\u2015\u2212]/g, "-");
  const zone = HAS_CLOCK.test(plain) ? takeZone(plain) : { text: plain, utcOffset: null };
  const { rest, remarks } = takeRemarks(zone.text);
  const timed = takeTime(fold(rest));
  const time = timed.time ? { ...timed.time, utcOffset: zone.utcOffset } : null;
  const main = timed.text.replace(/\s+/g, " ").trim();
  return { main, remarks, time };
}
