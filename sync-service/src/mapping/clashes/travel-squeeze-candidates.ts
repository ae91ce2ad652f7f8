// Candidates for a travel squeeze: inside one group of events sharing a focal point, the
// single-day-precision events that start the day after another one ends. Looked up by first
// day, never all pairs.
import type { PairableEvent } from "./pairable-event";

export function travelSqueezeCandidates(
  sharingFocalPoint: readonly PairableEvent[],
  onPair: (x: PairableEvent, y: PairableEvent) => void,
): void {
  const dayEvents = sharingFocalPoint.filter((e) => e.event.date.precision === "day" && e.place !== null);
  const startingOn = new Map<number, PairableEvent[]>();
  for (const e of dayEvents) {
    const list = startingOn.get(e.startDay);
    if (list) list.push(e);
    else startingOn.set(e.startDay, [e]);
  }
  for (const e of dayEvents) {
    const next = startingOn.get(e.endDay + 1);
    if (next) for (const other of next) onPair(e, other);
  }
}
