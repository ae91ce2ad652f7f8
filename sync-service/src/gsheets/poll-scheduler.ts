// Runs a job every N seconds, never two at once: the next run is scheduled only when the
// previous one has finished, so a slow Google (backing off) stretches the interval instead of
// piling up runs.
export interface Poller {
  /** Stops scheduling; resolves when a run in progress has finished. */
  stop(): Promise<void>;
}

export function startPolling(everyMs: number, run: () => Promise<void>): Poller {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    timer = null;
    running = run()
      .catch(() => {}) // `run` reports its own failures; a throw must not end the schedule
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, everyMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
