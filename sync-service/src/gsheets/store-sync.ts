// The connector's sync: the service's in-process syncSource on a store, as the connector's actor.
import type { Store } from "../store/store";
import { syncSource, type SyncOutcome } from "../sync/sync-source";
import type { SyncRequest } from "../sync/sync-types";

export const CONNECTOR_ACTOR = "gsheets-connector";

export function syncInto(store: Store, now: () => string = () => new Date().toISOString()): (request: SyncRequest) => SyncOutcome {
  return (request) => syncSource(store, request, CONNECTOR_ACTOR, now());
}
