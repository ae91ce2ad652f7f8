// Candidates for a travel squeeze: single-day-precision events that share a focal point where
// one starts the day after the other ends. Looked up by (focal point, first day), never all pairs.
import type { PairableEvent } from "./pairable-event";

export function travelSqueezeCandidates(
  events: readonly PairableEvent[],
  onPair: (x: PairableEvent, y: PairableEvent) => void,
): void {
  const startingOn = new Map<string, PairableEvent[]>();
  const dayEvents = events.filter((e) => e.event.date.precision === "day" && e.place !== null && e.focalKeys.length > 0);
  for (const e of dayEvents) {
    for (const key of e.focalKeys) {
      const slot = `${key}\u0000${e.startDay}`;
      const list = startingOn.get(slot);
      if (list) list.push(e);
      else startingOn.set(slot, [e]);
    }
  }
  for (const e of dayEvents) {
    for (const key of e.focalKeys) {
      const next = startingOn.get(`${key}\u0000${e.endDay + 1}`);
      if (next) for (const other of next) onPair(e, other);
    }
  }
}
