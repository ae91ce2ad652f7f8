import type { Cell } from "../mapping/types";
import type { Db } from "./open-database";

export interface ConflictRecord {
  at: string;
  actor: string;
  source: string;
  eventId: string;
  field: string;
  base: Cell;
  yours: Cell;
  theirs: Cell;
}

/**
 * Every sheet edit that lost to a conflict is logged here, so nothing typed is ever lost.
 * The same conflict sent again (a resent request, a scheduled re-sync) is logged once.
 */
export function conflictsRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO conflicts (at, actor, source, event_id, field, base, yours, theirs)
     VALUES (@at, @actor, @source, @eventId, @field, @base, @yours, @theirs)`,
  );
  const forEvent = db.prepare<[string], { at: string; actor: string; source: string; event_id: string; field: string; base: string; yours: string; theirs: string }>(
    "SELECT * FROM conflicts WHERE event_id = ? ORDER BY seq",
  );
  const last = db.prepare<[string, string, string], { yours: string; theirs: string }>(
    "SELECT yours, theirs FROM conflicts WHERE event_id = ? AND field = ? AND source = ? ORDER BY seq DESC LIMIT 1",
  );
  return {
    log(c: ConflictRecord): void {
      const previous = last.get(c.eventId, c.field, c.source);
      if (previous && previous.yours === JSON.stringify(c.yours) && previous.theirs === JSON.stringify(c.theirs)) return;
      insert.run({ ...c, base: JSON.stringify(c.base), yours: JSON.stringify(c.yours), theirs: JSON.stringify(c.theirs) });
    },
    forEvent: (id: string): ConflictRecord[] =>
      forEvent.all(id).map((r) => ({
        at: r.at,
        actor: r.actor,
        source: r.source,
        eventId: r.event_id,
        field: r.field,
        base: JSON.parse(r.base) as Cell,
        yours: JSON.parse(r.yours) as Cell,
        theirs: JSON.parse(r.theirs) as Cell,
      })),
  };
}
