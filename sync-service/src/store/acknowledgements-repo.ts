import type { Acknowledgement } from "../mapping/types";
import type { Db } from "./open-database";

/** The pair in a stable order, so (a, b) and (b, a) are one acknowledgement. */
export const orderedPair = (a: string, b: string): [string, string] => (a <= b ? [a, b] : [b, a]);

/** Acknowledged clashes (who, when, why). */
export function acknowledgementsRepo(db: Db) {
  const all = db.prepare<[], Acknowledgement>("SELECT a, b, by, at, reason FROM acknowledgements ORDER BY at, a, b");
  const upsert = db.prepare(
    `INSERT INTO acknowledgements (a, b, by, at, reason) VALUES (@a, @b, @by, @at, @reason)
     ON CONFLICT (a, b) DO UPDATE SET by = excluded.by, at = excluded.at, reason = excluded.reason`,
  );
  const remove = db.prepare("DELETE FROM acknowledgements WHERE a = ? AND b = ?");
  return {
    all: (): Acknowledgement[] => all.all(),
    save(ack: Acknowledgement): void {
      const [a, b] = orderedPair(ack.a, ack.b);
      upsert.run({ ...ack, a, b });
    },
    /** True when there was one to withdraw. */
    withdraw(a: string, b: string): boolean {
      return remove.run(...orderedPair(a, b)).changes > 0;
    },
  };
}

export type AcknowledgementsRepo = ReturnType<typeof acknowledgementsRepo>;
