// The files a published version is served and written as, rendered from its stored documents
// by the feed core (mapping/feed/): events.json and clashes.json byte for byte as stored.
import { toFeedCsv } from "../mapping/feed/feed-csv";
import { toFeedIcs } from "../mapping/feed/feed-ics";
import type { FeedDocument } from "../mapping/types";
import type { StoredVersion } from "../store/versions-repo";

export interface FeedFile {
  name: string;
  contentType: string;
  body: string;
}

export function renderFeedFiles(version: StoredVersion): FeedFile[] {
  const doc = JSON.parse(version.eventsJson) as FeedDocument;
  return [
    { name: "events.json", contentType: "application/json; charset=utf-8", body: version.eventsJson },
    { name: "events.csv", contentType: "text/csv; charset=utf-8; header=present", body: toFeedCsv(doc.events) },
    {
      name: "events.ics",
      contentType: "text/calendar; charset=utf-8",
      body: toFeedIcs(doc.events, { prodId: "-//process-mapping//feed//EN", calendarName: "Process mapping", now: version.publishedAt }),
    },
    { name: "clashes.json", contentType: "application/json; charset=utf-8", body: version.clashesJson },
  ];
}
