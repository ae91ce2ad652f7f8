import { findFeedClashes } from "../mapping/feed/feed-clashes";
import { buildFeedDocument, jsonFileText, toFeedJson } from "../mapping/feed/feed-document";
import type { Acknowledgement, FeedEvent } from "../mapping/types";
import type { StoredEvent } from "../store/events-repo";
import type { Store } from "../store/store";
import type { StoredVersion, VersionReason } from "../store/versions-repo";

export interface PublishMeta {
  version: number;
  now: string;
  actor: string;
  source: string;
  reason: VersionReason;
}

/** The feed's events: the last publishable state of every live event. */
export function feedEventsOf(events: readonly StoredEvent[]): FeedEvent[] {
  return events.filter((e) => !e.deleted && e.published !== null).map((e) => e.published!);
}

/** events.json and clashes.json of a version, as the feed core renders them (CSV and iCalendar are derived later). */
export function renderVersionDocuments(events: readonly FeedEvent[], acknowledgements: readonly Acknowledgement[], version: number, publishedAt: string) {
  return {
    eventsJson: toFeedJson(buildFeedDocument({ version, publishedAt, events })),
    clashesJson: jsonFileText(findFeedClashes({ version, publishedAt, events, acknowledgements })),
  };
}

/**
 * Records a numbered version with its documents as they will be served. (Each event's fields at
 * that version, the base of later merges, are in its revisions.) Call inside the caller's transaction.
 */
export function publishVersion(
  store: Store,
  events: readonly StoredEvent[],
  acknowledgements: Acknowledgement[],
  meta: PublishMeta,
): StoredVersion {
  const feed = feedEventsOf(events);
  const version: StoredVersion = {
    version: meta.version,
    publishedAt: meta.now,
    actor: meta.actor,
    source: meta.source,
    reason: meta.reason,
    count: feed.length,
    ...renderVersionDocuments(feed, acknowledgements, meta.version, meta.now),
  };
  store.versions.insert(version);
  return version;
}
