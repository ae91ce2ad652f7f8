import { buildFeedDocument } from "../mapping/feed/feed-document";
import { renderFeedFiles } from "../mapping/feed/render-feed-files";
import type { Acknowledgement, FeedEvent } from "../mapping/types";
import type { StoredEvent } from "../store/events-repo";
import type { Store } from "../store/store";
import type { StoredVersion, VersionReason } from "../store/versions-repo";
import type { Fields } from "../sync/sync-types";

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

/** events.json and clashes.json of a version, as the feed core renders them. */
export function renderVersionDocuments(events: readonly FeedEvent[], acknowledgements: readonly Acknowledgement[], version: number, publishedAt: string) {
  const files = renderFeedFiles({ document: buildFeedDocument({ version, publishedAt, events }), acknowledgements });
  return { eventsJson: files["events.json"], clashesJson: files["clashes.json"] };
}

/**
 * Records a numbered version: its documents as they will be served and the snapshot of every
 * live event's fields (the base of later three-way merges). Call inside the caller's transaction.
 */
export function publishVersion(
  store: Store,
  events: readonly StoredEvent[],
  acknowledgements: Acknowledgement[],
  meta: PublishMeta,
): StoredVersion {
  const feed = feedEventsOf(events);
  const snapshot = new Map<string, Fields>(events.filter((e) => !e.deleted).map((e) => [e.id, e.fields]));
  const version: StoredVersion = {
    version: meta.version,
    publishedAt: meta.now,
    actor: meta.actor,
    source: meta.source,
    reason: meta.reason,
    count: feed.length,
    ...renderVersionDocuments(feed, acknowledgements, meta.version, meta.now),
  };
  store.versions.insert({ ...version, snapshot });
  return version;
}
