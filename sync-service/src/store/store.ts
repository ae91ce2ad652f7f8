import { acknowledgementsRepo } from "./acknowledgements-repo";
import { conflictsRepo } from "./conflicts-repo";
import { eventsRepo } from "./events-repo";
import { openDatabase, type Db } from "./open-database";
import { sourcesRepo } from "./sources-repo";
import { tokensRepo } from "./tokens-repo";
import { versionsRepo } from "./versions-repo";

/** The one file that holds everything: events, revisions, versions, sources, tokens, acknowledgements. */
export interface Store {
  db: Db;
  events: ReturnType<typeof eventsRepo>;
  versions: ReturnType<typeof versionsRepo>;
  sources: ReturnType<typeof sourcesRepo>;
  tokens: ReturnType<typeof tokensRepo>;
  acknowledgements: ReturnType<typeof acknowledgementsRepo>;
  conflicts: ReturnType<typeof conflictsRepo>;
  /** Runs `work` as one transaction: all of it is committed, or none of it. */
  transaction<T>(work: () => T): T;
  close(): void;
}

export function openStore(path: string): Store {
  const db = openDatabase(path);
  const events = eventsRepo(db);
  return {
    db,
    events,
    versions: versionsRepo(db),
    sources: sourcesRepo(db),
    tokens: tokensRepo(db),
    acknowledgements: acknowledgementsRepo(db),
    conflicts: conflictsRepo(db),
    transaction: <T>(work: () => T): T => {
      try {
        return db.transaction(work).immediate();
      } catch (err) {
        events.forget(); // rolled back: the in-memory state may hold writes that never happened
        throw err;
      }
    },
    close: () => db.close(),
  };
}
