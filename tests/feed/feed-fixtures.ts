// Feed events for the feed tests: a hand-made one with overrides, and the seed mapping as published.
import { readFile } from "node:fs/promises";
import { checkMapping } from "../../sync-service/src/mapping/check";
import { publishFromReport } from "../../sync-service/src/mapping/feed/publish-from-report";
import type { CanonicalDate, FeedDocument, FeedEvent } from "../../sync-service/src/mapping/types";
import { parseCsvText } from "../../sync-service/src/sheet-files/read-sheet-file";
import { SAMPLE_CSV } from "../support/mapping-sheet";

export const PUBLISHED_AT = "2016-11-17T09:30:00.000Z";

export function dateOf(overrides: Partial<CanonicalDate> = {}): CanonicalDate {
  return {
    text: "14-16 November 2016",
    start: "2016-11-14",
    end: "2016-11-16",
    precision: "day",
    status: "confirmed",
    edtf: "2016-11-14/2016-11-16",
    notes: [],
    keyDates: [],
    time: null,
    recurrence: null,
    ...overrides,
  };
}

export function feedEvent(overrides: Partial<FeedEvent> = {}): FeedEvent {
  return {
    id: "ev-aaaaaaaaaa",
    title: "United Nations Forum on Business and Human Rights",
    rcp: false,
    date: dateOf(),
    location: "Geneva",
    locationStatus: "confirmed",
    focalPoints: ["OHCHR"],
    description: null,
    relatedTo: null,
    outcomeUrl: null,
    updatedAt: "2016-11-10T08:00:00.000Z",
    revision: 1,
    ...overrides,
  };
}

/** The seed mapping (50 rows) as `mapping publish` would publish it. */
export async function seedDocument(): Promise<FeedDocument> {
  const sheet = parseCsvText(await readFile(SAMPLE_CSV, "utf8"));
  const report = checkMapping(sheet, { today: "2016-11-17" });
  return publishFromReport(report, { version: 1, publishedAt: PUBLISHED_AT }).document;
}
