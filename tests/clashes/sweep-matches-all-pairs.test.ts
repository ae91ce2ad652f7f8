// Scale correctness: the sort-and-sweep must find exactly the clashes that looking at every
// pair finds, on a few thousand random events dense enough to hold every kind of clash.
import { describe, expect, it } from "vitest";
import { findClashes } from "../../sync-service/src/mapping/clashes/find-clashes";
import { findClashesAllPairs } from "../../sync-service/src/mapping/clashes/find-clashes-all-pairs";
import type { MappingEvent, Precision } from "../../sync-service/src/mapping/types";
import { seededRandom } from "../../bench/generate-mapping";
import { makeEvent } from "./make-event";

const FOCAL = ["DESA", "IOM", "ILO", "UNIDO", "OHCHR", "GFMD", "UN Women", "iom"];
const PLACES = [null, "Geneva", "Geneva, Switzerland", "Geneva (TBC)", "New York", "New Delhi", "Berlin", "berlin, Germany", "TBD", "Genève", "Vienna"];
const PRECISIONS: [Precision, number][] = [
  ["day", 0.5], ["week", 0.1], ["month", 0.15], ["quarter", 0.05], ["half", 0.03],
  ["year", 0.05], ["open", 0.04], ["recurring", 0.04], ["unknown", 0.04],
];

function iso(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

function randomEvents(count: number, seed: number): MappingEvent[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const firstDay = Date.UTC(2017, 0, 1) / 86_400_000;
  const rows = Array.from({ length: count }, (_, i) => i + 2).sort(() => random() - 0.5);
  const events: MappingEvent[] = [];
  for (let i = 0; i < count; i++) {
    let roll = random();
    const precision = PRECISIONS.find(([, share]) => (roll -= share) < 0)?.[0] ?? "day";
    const start = firstDay + Math.floor(random() * 730);
    const length = { day: 1 + Math.floor(random() * 5), week: 7, month: 30, quarter: 91, half: 181, year: 365 }[precision as string] ?? 1;
    const undated = precision === "unknown" || (precision === "open" && random() < 0.5);
    events.push(
      makeEvent({
        row: rows[i],
        id: random() < 0.9 ? `ev-${i}` : null,
        start: undated ? null : iso(start),
        end: undated ? null : iso(start + length - 1),
        precision,
        location: pick(PLACES),
        focalPoints: Array.from({ length: Math.floor(random() * 3) }, () => pick(FOCAL)),
        relatedTo: i > 0 && random() < 0.05 ? `ev-${Math.floor(random() * i)}` : null,
      }),
    );
  }
  return events;
}

describe("sweep versus all pairs", () => {
  for (const seed of [1, 2017, 424242]) {
    it(`finds the same clashes on 3000 random events (seed ${seed})`, () => {
      const events = randomEvents(3000, seed);
      const acknowledgements = [{ a: "ev-1", b: "ev-2", by: "x", at: "2017-01-01", reason: "r" }];
      const swept = findClashes(events, { acknowledgements });
      const reference = findClashesAllPairs(events, { acknowledgements });
      const kinds = new Set(swept.clashes.map((c) => c.kind));
      expect([...kinds].sort()).toEqual(["definite", "possible", "travel-squeeze"]);
      expect(swept.undated.length).toBeGreaterThan(100);
      expect(swept.clashes.length).toBe(reference.clashes.length);
      expect(swept).toEqual(reference);
    });
  }
});
