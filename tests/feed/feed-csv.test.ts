// events.csv: RFC 4180 via papaparse, fixed column order, formula-looking text neutralised.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { FEED_CSV_COLUMNS, toFeedCsv } from "../../sync-service/src/mapping/feed/feed-csv";
import { dateOf, feedEvent, seedDocument } from "./feed-fixtures";

function parse(csv: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(csv, { header: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe("toFeedCsv", () => {
  it("writes the documented header, in order", () => {
    const csv = toFeedCsv([feedEvent()]);
    expect(csv.split("\r\n")[0]).toBe(
      "id,title,rcp,start,end,precision,status,edtf,date_text,location,location_status,focal_points,description,related_to,outcome_url,updated_at,revision",
    );
    expect(Papa.parse<string[]>(csv).data[0]).toEqual([...FEED_CSV_COLUMNS]);
  });

  it("writes the header row alone for an empty feed", () => {
    expect(Papa.parse<string[]>(toFeedCsv([]), { skipEmptyLines: true }).data).toEqual([[...FEED_CSV_COLUMNS]]);
  });

  it("separates records with CRLF and quotes only the cells that need it", () => {
    const csv = toFeedCsv([feedEvent({ id: "a", title: "Plain" }), feedEvent({ id: "b", title: 'Say "hi", then\nleave' })]);
    const lines = csv.split("\r\n");
    expect(lines[1].startsWith("a,Plain,false,2016-11-14,2016-11-16,day,confirmed,")).toBe(true);
    expect(csv).toContain('b,"Say ""hi"", then\nleave",false');
    expect(csv.replace(/\r\n/g, "").includes("\r")).toBe(false);
  });

  it("round-trips quotes, commas, newlines and non-ASCII text through papaparse", () => {
    const tricky = feedEvent({
      id: "ev-tricky",
      title: 'Réunion « Migrations », 第一回 "Dialogue"',
      location: "Genève, Suisse",
      focalPoints: ["OHCHR", "Ms Øster; deputy"],
      description: "Line one\r\nLine two, with comma\nLine three — ok",
      relatedTo: "ev-parent",
      outcomeUrl: "https://example.org/a?b=1,2",
      date: dateOf({ text: "14–16 novembre 2016", notes: ["tbc"] }),
      rcp: true,
      revision: 7,
    });
    const [row] = parse(toFeedCsv([tricky]));
    expect(row).toEqual({
      id: "ev-tricky",
      title: tricky.title,
      rcp: "true",
      start: "2016-11-14",
      end: "2016-11-16",
      precision: "day",
      status: "confirmed",
      edtf: "2016-11-14/2016-11-16",
      date_text: "14–16 novembre 2016",
      location: "Genève, Suisse",
      location_status: "confirmed",
      focal_points: "OHCHR; Ms Øster; deputy",
      description: tricky.description,
      related_to: "ev-parent",
      outcome_url: "https://example.org/a?b=1,2",
      updated_at: "2016-11-10T08:00:00.000Z",
      revision: "7",
    });
  });

  it("leaves missing values empty", () => {
    const [row] = parse(toFeedCsv([feedEvent({ location: null, description: null, date: dateOf({ start: null, end: null, edtf: null, precision: "unknown" }) })]));
    expect([row.start, row.end, row.edtf, row.location, row.description]).toEqual(["", "", "", "", ""]);
  });

  it.each(["=", "+", "-", "@", "\t", "\r"])("neutralises a text cell beginning with %j", (first) => {
    const text = `${first}HYPERLINK("http://evil.example")`;
    const [row] = parse(toFeedCsv([feedEvent({ title: text, location: text, description: `${text}\nsecond line` })]));
    expect(row.title).toBe(`'${text}`);
    expect(row.location).toBe(`'${text}`);
    expect(row.description).toBe(`'${text}\nsecond line`);
  });

  it("does not touch text that merely contains those characters, nor dates and numbers", () => {
    const [row] = parse(toFeedCsv([feedEvent({ title: "A = B + C - D @ E", revision: 3 })]));
    expect(row.title).toBe("A = B + C - D @ E");
    expect(row.start).toBe("2016-11-14");
    expect(row.revision).toBe("3");
  });

  it("writes every event of the seed, in feed order, with ids and ISO dates", async () => {
    const doc = await seedDocument();
    const rows = parse(toFeedCsv(doc.events));
    expect(rows).toHaveLength(50);
    expect(rows.map((r) => r.id)).toEqual(doc.events.map((e) => e.id));
    for (const r of rows) {
      if (r.start !== "") expect(r.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.end !== "") expect(r.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(rows.find((r) => r.title === "ILO Governing Body Meeting")).toMatchObject({
      start: "2016-10-27",
      end: "2016-11-10",
      date_text: "October 27 to November 10, 2016",
      focal_points: "ILO",
    });
  });
});
