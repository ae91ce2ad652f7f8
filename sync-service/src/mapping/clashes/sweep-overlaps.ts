// Sort-and-sweep over day ranges: walks events in start order keeping the ones still running
// ("active"), so each event meets only the events it overlaps. Cost O(n log n + pairs found),
// never all pairs.
import type { PairableEvent } from "./pairable-event";

/** Pairs `entering` with every active event that still runs on its first day; drops the finished ones. */
function meetActive(active: PairableEvent[], entering: PairableEvent, onPair: (x: PairableEvent, y: PairableEvent) => void): void {
  let kept = 0;
  for (let i = 0; i < active.length; i++) {
    const other = active[i];
    if (other.endDay < entering.startDay) continue;
    active[kept++] = other;
    onPair(other, entering);
  }
  active.length = kept;
}

/**
 * Calls `onPair` once for every two events of `byStart` (sorted by `startDay`) whose day ranges
 * overlap. With `onlyWithWindow`, pairs of two exact-day events are skipped without being
 * looked at: exact events are kept apart and met only by window (month/quarter/half) events.
 */
export function sweepOverlaps(
  byStart: readonly PairableEvent[],
  onlyWithWindow: boolean,
  onPair: (x: PairableEvent, y: PairableEvent) => void,
): void {
  const activeExact: PairableEvent[] = [];
  const activeWindow: PairableEvent[] = [];
  for (const entering of byStart) {
    meetActive(activeWindow, entering, onPair);
    if (!onlyWithWindow || !entering.exact) meetActive(activeExact, entering, onPair);
    (entering.exact ? activeExact : activeWindow).push(entering);
  }
}
