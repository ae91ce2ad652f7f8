// events.ics: read back with a small unfolding reader; all-day events, DTEND exclusive, only dated events.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { addDays } from "../../sync-service/src/mapping/dates/calendar";
import { toFeedIcs } from "../../sync-service/src/mapping/feed/feed-ics";
import { foldContentLine } from "../../sync-service/src/mapping/feed/fold-ics-lines";
import type { Precision } from "../../sync-service/src/mapping/types";
import { calendarProperties, readEvents, unescapeText } from "./ics-reader";
import { dateOf, feedEvent, PUBLISHED_AT, seedDocument } from "./feed-fixtures";

const OPTS = { prodId: "-//Process mapping//Test//EN", calendarName: "Process mapping", now: PUBLISHED_AT };

const octets = (s: string) => Buffer.byteLength(s, "utf8");

describe("toFeedIcs", () => {
  it("writes an all-day event with an exclusive DTEND and the event's fields", () => {
    const ics = toFeedIcs(
      [
        feedEvent({
          id: "ev-forum",
          revision: 4,
          description: "Annual forum; open to all, with side events",
          focalPoints: ["OHCHR", "IOM"],
          outcomeUrl: "https://www.ohchr.org/forum",
          date: dateOf({ text: "14-16 Nov. 2016 (tbc)", status: "tentative" }),
        }),
      ],
      OPTS,
    );
    const [event] = readEvents(ics);
    expect(event.get("UID")!.value).toBe("ev-forum@process-mapping");
    expect(event.get("DTSTART")).toEqual({ name: "DTSTART", params: "VALUE=DATE", value: "20161114" });
    expect(event.get("DTEND")).toEqual({ name: "DTEND", params: "VALUE=DATE", value: "20161117" });
    expect(unescapeText(event.get("SUMMARY")!.value)).toBe("United Nations Forum on Business and Human Rights");
    expect(event.get("LOCATION")!.value).toBe("Geneva");
    expect(event.get("STATUS")!.value).toBe("TENTATIVE");
    expect(event.get("SEQUENCE")!.value).toBe("4");
    expect(event.get("DTSTAMP")!.value).toBe("20161117T093000Z");
    expect(event.get("LAST-MODIFIED")!.value).toBe("20161110T080000Z");
    expect(event.get("URL")!.value).toBe("https://www.ohchr.org/forum");
    const description = unescapeText(event.get("DESCRIPTION")!.value);
    expect(description).toContain("Annual forum; open to all, with side events");
    expect(description).toContain("Date as typed: 14-16 Nov. 2016 (tbc)");
    expect(description).toContain("Focal points: OHCHR, IOM");
    expect(description).toContain("Outcome: https://www.ohchr.org/forum");
  });

  it("gives a one-day event a DTEND of the next day, across a month and a year end", () => {
    const ics = toFeedIcs(
      [
        feedEvent({ id: "one", date: dateOf({ start: "2016-11-30", end: "2016-11-30" }) }),
        feedEvent({ id: "newyear", date: dateOf({ start: "2016-12-31", end: "2016-12-31" }) }),
        feedEvent({ id: "leap", date: dateOf({ start: "2016-02-28", end: "2016-02-28" }) }),
      ],
      OPTS,
    );
    const ends = readEvents(ics).map((e) => [e.get("UID")!.value, e.get("DTEND")!.value]);
    expect(ends).toEqual([
      ["one@process-mapping", "20161201"],
      ["newyear@process-mapping", "20170101"],
      ["leap@process-mapping", "20160229"],
    ]);
  });

  it("includes only dated events: day, week, month, quarter and half, never year, open, recurring or unknown", () => {
    const precisions: Precision[] = ["day", "week", "month", "quarter", "half", "year", "open", "recurring", "unknown"];
    const events = precisions.map((precision) => feedEvent({ id: precision, date: dateOf({ precision }) }));
    events.push(feedEvent({ id: "no-end", date: dateOf({ end: null }) }));
    const uids = readEvents(toFeedIcs(events, OPTS)).map((e) => e.get("UID")!.value);
    expect(uids).toEqual(["day", "week", "month", "quarter", "half"].map((p) => `${p}@process-mapping`));
  });

  it("marks confirmed dates CONFIRMED, escapes commas and semicolons, and keeps a bad URL out of URL", () => {
    const [event] = readEvents(
      toFeedIcs([feedEvent({ title: "Talks; round 2, Geneva", outcomeUrl: "not a url", location: "Palais, Room XX; Geneva" })], OPTS),
    );
    expect(event.get("STATUS")!.value).toBe("CONFIRMED");
    expect(event.get("SUMMARY")!.value).toBe("Talks\\; round 2\\, Geneva");
    expect(unescapeText(event.get("LOCATION")!.value)).toBe("Palais, Room XX; Geneva");
    expect(event.has("URL")).toBe(false);
    expect(unescapeText(event.get("DESCRIPTION")!.value)).toContain("Outcome: not a url");
  });

  it("uses CRLF line endings only and folds every line at 75 octets, even with non-ASCII text", () => {
    const long = "Réunion régionale sur les migrations — 移民に関する地域協議プロセス — ".repeat(4);
    const ics = toFeedIcs([feedEvent({ title: long, description: long, location: long })], OPTS);
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(/[^\r]\n/.test(ics)).toBe(false);
    const lines = ics.split("\r\n").slice(0, -1);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    const [event] = readEvents(ics);
    expect(unescapeText(event.get("SUMMARY")!.value)).toBe(long);
  });

  it("turns a lone CR into a line break and drops other control characters, so no line is broken", () => {
    const ics = toFeedIcs([feedEvent({ title: "Talks\rRound 2", description: "a\rb\u0007c\u0000d\te", location: "Gen\u001beva" })], OPTS);
    expect(/\r(?!\n)/.test(ics)).toBe(false);
    expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(ics)).toBe(false);
    const [event] = readEvents(ics);
    expect(unescapeText(event.get("SUMMARY")!.value)).toBe("Talks\nRound 2");
    expect(unescapeText(event.get("DESCRIPTION")!.value).startsWith("a\nbcd\te\n")).toBe(true);
    expect(event.get("LOCATION")!.value).toBe("Geneva");
  });

  it("writes the calendar header with PRODID, name and METHOD:PUBLISH", () => {
    const props = calendarProperties(toFeedIcs([], OPTS));
    expect(props.get("BEGIN")).toBe("VCALENDAR");
    expect(props.get("VERSION")).toBe("2.0");
    expect(props.get("PRODID")).toBe(OPTS.prodId);
    expect(props.get("X-WR-CALNAME")).toBe("Process mapping");
    expect(props.get("METHOD")).toBe("PUBLISH");
  });

  it("writes the seed's dated events with unique, stable UIDs", async () => {
    const doc = await seedDocument();
    const first = readEvents(toFeedIcs(doc.events, OPTS));
    const again = readEvents(toFeedIcs((await seedDocument()).events, OPTS));
    const uids = first.map((e) => e.get("UID")!.value);
    expect(uids.length).toBeGreaterThan(20);
    expect(uids.length).toBeLessThan(doc.count);
    expect(new Set(uids).size).toBe(uids.length);
    expect(again.map((e) => e.get("UID")!.value)).toEqual(uids);
    for (const e of first) expect(e.get("DTEND")!.value > e.get("DTSTART")!.value).toBe(true);
  });
});

describe("toFeedIcs read back by ical.js (an independent RFC 5545 parser)", () => {
  const parse = (ics: string) =>
    new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));

  it("gives back every dated seed event with its days, title, place and revision", async () => {
    const doc = await seedDocument();
    const parsed = parse(toFeedIcs(doc.events, OPTS));
    const byUid = new Map(doc.events.map((e) => [`${e.id}@process-mapping`, e]));
    expect(parsed.length).toBeGreaterThan(20);
    for (const ev of parsed) {
      const e = byUid.get(ev.uid)!;
      expect(ev.startDate.isDate && ev.endDate.isDate).toBe(true);
      expect([ev.startDate.toString(), ev.endDate.toString()]).toEqual([e.date.start, addDays(e.date.end!, 1)]);
      expect(ev.summary).toBe(e.title);
      expect(ev.location ?? null).toBe(e.location);
      expect(ev.sequence).toBe(e.revision);
      if (e.description) expect(ev.description.startsWith(e.description)).toBe(true);
    }
  });

  it("gives back text with accents, CJK, commas, semicolons, backslashes and line breaks", () => {
    const title = "Réunion « migrations », 移民に関する地域協議; a\\b — ".repeat(4);
    const [ev] = parse(
      toFeedIcs([feedEvent({ title, location: "Genève, Suisse; Palais", description: "One\nTwo, three; four", outcomeUrl: "https://EXAMPLE.org/a b" })], OPTS),
    );
    expect(ev.summary).toBe(title);
    expect(ev.location).toBe("Genève, Suisse; Palais");
    expect(ev.description.startsWith("One\nTwo, three; four\n")).toBe(true);
    expect(ev.component.getFirstPropertyValue("url")).toBe("https://example.org/a%20b");
  });
});

describe("foldContentLine", () => {
  it("never splits a multi-byte character and keeps short lines whole", () => {
    expect(foldContentLine("SUMMARY:short")).toBe("SUMMARY:short");
    const folded = foldContentLine(`SUMMARY:${"é".repeat(100)}`);
    const parts = folded.split("\r\n");
    expect(parts.map(octets).every((n) => n <= 75)).toBe(true);
    expect(parts[0]).toBe(`SUMMARY:${"é".repeat(33)}`); // 8 + 66 octets; one more é would make 76
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(`SUMMARY:${"é".repeat(100)}`);
  });
});
