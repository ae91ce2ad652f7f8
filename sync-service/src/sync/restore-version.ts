import type { FeedDocument, FeedEvent } from "../mapping/types";
import { publishVersion } from "../publish/publish-version";
import type { StoredEvent } from "../store/events-repo";
import type { Store } from "../store/store";
import { sameFields } from "./fields";

export type RestoreOutcome =
  | { ok: true; version: number; restoredFrom: number; changed: number }
  | { ok: false; code: "unknown-version"; message: string };

/**
 * Publishes a new version equal to version `n`: every event goes back to its fields and feed
 * state at `n` (events deleted since come back, events created since become tombstones).
 * Each change is a `restore` revision, so the restore itself can be undone the same way.
 */
export function restoreVersion(store: Store, n: number, actor: string, now: string): RestoreOutcome {
  return store.transaction(() => {
    const target = store.versions.get(n);
    if (!target) {
      return { ok: false, code: "unknown-version", message: `There is no version ${n}; the latest is ${store.versions.latest()}.` };
    }
    const publishedThen = new Map<string, FeedEvent>(
      (JSON.parse(target.eventsJson) as FeedDocument).events.map((e) => [e.id, e]),
    );
    const version = store.versions.latest() + 1;
    let changed = 0;
    const events: StoredEvent[] = store.events.all().map((event) => {
      const fields = store.events.fieldsAt(event.id, n);
      const restored: StoredEvent =
        fields === undefined
          ? { ...event, deleted: true }
          : { ...event, deleted: false, fields, published: publishedThen.get(event.id) ?? null };
      const fieldsChanged = restored.deleted !== event.deleted || !sameFields(restored.fields, event.fields);
      if (!fieldsChanged && JSON.stringify(restored.published) === JSON.stringify(event.published)) return event;
      if (fieldsChanged) {
        restored.revision = event.revision + 1;
        restored.updatedAt = now;
        store.events.addRevision({
          eventId: event.id,
          revision: restored.revision,
          version,
          at: now,
          actor,
          source: `restore:${n}`,
          kind: "restore",
          before: event.deleted ? null : event.fields,
          after: restored.deleted ? null : restored.fields,
        });
        changed++;
      }
      store.events.save(restored);
      return restored;
    });
    publishVersion(store, events, store.acknowledgements.all(), { version, now, actor, source: `restore:${n}`, reason: "restore" });
    return { ok: true, version, restoredFrom: n, changed };
  });
}
