// Worker thread: renders events.csv and events.ics off the main thread (the iCalendar library
// takes ~0.5 ms per event, long enough to stall every request behind it).
import { parentPort } from "node:worker_threads";
import { renderDerivedFiles } from "./derived-files";

parentPort?.on("message", (message: { id: number; eventsJson: string }) => {
  try {
    parentPort!.postMessage({ id: message.id, files: renderDerivedFiles(message.eventsJson) });
  } catch (err) {
    parentPort!.postMessage({ id: message.id, error: err instanceof Error ? err.message : String(err) });
  }
});
