import type { Acknowledgement, FeedEvent } from "../mapping/types";
import type { StoredEvent } from "../store/events-repo";
import type { Store } from "../store/store";
import type { StoredVersion, VersionReason } from "../store/versions-repo";
import type { Fields } from "../sync/sync-types";
import { buildClashesJson, buildEventsJson } from "./feed-documents";

export interface PublishMeta {
  version: number;
  now: string;
  actor: string;
  source: string;
  reason: VersionReason;
}

/** The feed's events: the last publishable state of every live event, in creation order. */
export function feedEventsOf(events: readonly StoredEvent[]): FeedEvent[] {
  return events.filter((e) => !e.deleted && e.published !== null).map((e) => e.published!);
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
    eventsJson: buildEventsJson(feed, meta.version, meta.now),
    clashesJson: buildClashesJson(feed, acknowledgements, meta.version, meta.now),
  };
  store.versions.insert({ ...version, snapshot });
  return version;
}
