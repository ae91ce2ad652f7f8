import { publishVersion } from "../publish/publish-version";
import type { Store } from "../store/store";
import type { VersionReason } from "../store/versions-repo";

export type AcknowledgeOutcome =
  | { ok: true; version: number }
  | { ok: false; code: "unknown-event" | "not-acknowledged"; message: string };

/** Acknowledges the clash of events a and b (who, when, why) and republishes clashes.json. */
export function acknowledgeClash(store: Store, a: string, b: string, reason: string, actor: string, now: string): AcknowledgeOutcome {
  return store.transaction(() => {
    const missing = [a, b].filter((id) => {
      const event = store.events.get(id);
      return !event || event.deleted;
    });
    if (missing.length > 0) {
      return { ok: false, code: "unknown-event", message: `No event with id ${missing.map((m) => `"${m}"`).join(" or ")}.` };
    }
    store.acknowledgements.save({ a, b, by: actor, at: now, reason });
    return { ok: true, version: republish(store, "acknowledge", actor, now) };
  });
}

/** Withdraws an acknowledgement: the clash is reported as unacknowledged again. */
export function withdrawAcknowledgement(store: Store, a: string, b: string, actor: string, now: string): AcknowledgeOutcome {
  return store.transaction(() => {
    if (!store.acknowledgements.withdraw(a, b)) {
      return { ok: false, code: "not-acknowledged", message: `The clash of "${a}" and "${b}" is not acknowledged.` };
    }
    return { ok: true, version: republish(store, "withdraw", actor, now) };
  });
}

function republish(store: Store, reason: VersionReason, actor: string, now: string): number {
  const version = store.versions.latest() + 1;
  publishVersion(store, store.events.all(), store.acknowledgements.all(), { version, now, actor, source: "api", reason });
  return version;
}
