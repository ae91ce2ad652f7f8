// The documents stored with a published version: events.json (the feed core's format) and
// clashes.json (clashes among the published events, acknowledgements applied).
import { findClashes } from "../mapping/clashes/find-clashes";
import { buildFeedDocument, toFeedJson } from "../mapping/feed/feed-document";
import type { Acknowledgement, FeedEvent } from "../mapping/types";
import { feedToMappingEvent } from "../sync/published-event";

export function buildEventsJson(events: readonly FeedEvent[], version: number, publishedAt: string): string {
  return toFeedJson(buildFeedDocument({ version, publishedAt, events }));
}

export function buildClashesJson(events: readonly FeedEvent[], acknowledgements: Acknowledgement[], version: number, publishedAt: string): string {
  const { clashes, undated } = findClashes(
    events.map((e, i) => feedToMappingEvent(e, i + 2)),
    { acknowledgements },
  );
  return `${JSON.stringify({ version, publishedAt, count: clashes.length, clashes, undated }, null, 2)}\n`;
}
