// events.ics (SPEC 7): RFC 5545 via the `ics` library; all-day events, only dated ones.
import * as ics from "ics";
import type { DateArray, EventAttributes } from "ics";
import { addDays } from "../dates/calendar";
import type { FeedEvent, Precision } from "../types";
import { refoldIcs } from "./fold-ics-lines";

export interface FeedIcsOptions {
  prodId: string;
  calendarName: string;
  /** ISO timestamp of this publication: DTSTAMP (with METHOD:PUBLISH it is when the object was made). */
  now: string;
}

/** Precisions with a bounded span a calendar can show; year, open, recurring and unknown are left out. */
const DATED: ReadonlySet<Precision> = new Set(["day", "week", "month", "quarter", "half"]);

export function isCalendarEvent(e: FeedEvent): boolean {
  return DATED.has(e.date.precision) && e.date.start !== null && e.date.end !== null;
}

function dayArray(iso: string): DateArray {
  const [y, m, d] = iso.split("-").map(Number);
  return [y, m, d];
}

// Exported by the library (the pattern its URL property must match) but absent from its types.
const libraryAcceptsUrl = (ics as unknown as { isValidURL: (url: string) => boolean }).isValidURL;

/** A web link the library accepts, normalised (lower-case host, spaces escaped); otherwise none — it stays in the description. */
function linkable(url: string | null): string | undefined {
  if (url === null || !/^https?:\/\//i.test(url) || !URL.canParse(url)) return undefined;
  const href = new URL(url).href;
  return libraryAcceptsUrl(href) ? href : undefined;
}

/**
 * RFC 5545 TEXT allows no control characters but tab; the library escapes only LF and CRLF.
 * A lone CR (old Mac text, some pasted cells) would break a line in two, so it becomes a line
 * break, and other control characters are dropped.
 */
function icsText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

function describe(e: FeedEvent): string {
  const lines: string[] = [];
  if (e.description) lines.push(e.description, "");
  lines.push(`Date as typed: ${e.date.text}${e.date.status === "tentative" ? " (tentative)" : ""}`);
  if (e.date.time) {
    const t = e.date.time;
    lines.push(`Time: ${t.start}${t.end ? `–${t.end}` : ""}${t.utcOffset ? ` (UTC${t.utcOffset})` : ""}`);
  }
  if (e.date.notes.length > 0) lines.push(`Notes: ${e.date.notes.join("; ")}`);
  if (e.location && e.locationStatus !== "confirmed") lines.push(`Location ${e.locationStatus === "tbd" ? "to be decided" : "tentative"}`);
  if (e.focalPoints.length > 0) lines.push(`Focal points: ${e.focalPoints.join(", ")}`);
  if (e.rcp) lines.push("Regional consultative process");
  if (e.relatedTo) lines.push(`Related to: ${e.relatedTo}`);
  if (e.outcomeUrl) lines.push(`Outcome: ${e.outcomeUrl}`);
  return icsText(lines.join("\n"));
}

function toAttributes(e: FeedEvent, stamp: number): EventAttributes {
  const url = linkable(e.outcomeUrl);
  return {
    uid: `${e.id}@process-mapping`,
    title: icsText(e.title),
    start: dayArray(e.date.start!),
    // RFC 5545 3.6.1: an all-day DTEND is exclusive. Our `end` is the last day (inclusive),
    // and the library writes whatever it is given, so pass the day after.
    end: dayArray(addDays(e.date.end!, 1)),
    description: describe(e),
    ...(e.location ? { location: icsText(e.location) } : {}),
    ...(url ? { url } : {}),
    status: e.date.status === "confirmed" ? "CONFIRMED" : "TENTATIVE",
    ...(e.rcp ? { categories: ["Regional consultative process"] } : {}),
    sequence: e.revision,
    ...(Number.isFinite(Date.parse(e.updatedAt)) ? { lastModified: Date.parse(e.updatedAt) } : {}),
    // `timestamp` (DTSTAMP) is read by the library but missing from its type definitions.
    ...({ timestamp: stamp } as object),
  };
}

/** The iCalendar file of the dated events, CRLF line endings, lines folded at 75 octets. */
export function toFeedIcs(events: readonly FeedEvent[], opts: FeedIcsOptions): string {
  const stamp = Date.parse(opts.now);
  const { error, value } = ics.createEvents(
    events.filter(isCalendarEvent).map((e) => toAttributes(e, stamp)),
    { productId: opts.prodId, calName: opts.calendarName, method: "PUBLISH" },
  );
  // Every input is shaped above to what the library accepts, so a failure is a bug, not bad data.
  if (error || value === null) throw new Error(`Cannot write the iCalendar feed: ${error?.message ?? "no output"}`);
  return refoldIcs(value);
}
