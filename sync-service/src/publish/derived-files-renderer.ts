// Renders the derived feed files in a worker thread when one can be started (dist/ has
// derived-files-worker.js beside server.js; from sources, tsx runs the .ts), else in this thread.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { renderDerivedFiles, type DerivedFiles } from "./derived-files";

type Reply = { id: number; files?: DerivedFiles; error?: string };

export class DerivedFilesRenderer {
  private worker: Worker | null = null;
  private failed = false;
  private nextId = 1;
  private pending = new Map<number, { resolve: (f: DerivedFiles) => void; reject: (e: Error) => void }>();

  render(eventsJson: string): Promise<DerivedFiles> {
    const worker = this.start();
    if (!worker) return Promise.resolve().then(() => renderDerivedFiles(eventsJson));
    const id = this.nextId++;
    const inWorker = new Promise<DerivedFiles>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref(); // keep the process alive while a render is under way
      worker.postMessage({ id, eventsJson });
    });
    return inWorker.catch(() => renderDerivedFiles(eventsJson));
  }

  /** True while renders go to the worker thread (false after a failure: this thread renders). */
  get usesWorker(): boolean {
    return this.worker !== null;
  }

  close(): Promise<number> | undefined {
    return this.worker?.terminate();
  }

  private start(): Worker | null {
    if (this.worker || this.failed) return this.worker;
    const fromSource = import.meta.url.endsWith(".ts");
    const file = fileURLToPath(new URL(fromSource ? "./derived-files-worker.ts" : "./derived-files-worker.js", import.meta.url));
    if (!existsSync(file)) {
      this.failed = true;
      return null;
    }
    const worker = fromSource ? sourceWorker(file) : new Worker(file);
    worker.unref();
    worker.on("message", (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (!waiting) return;
      if (reply.files) waiting.resolve(reply.files);
      else waiting.reject(new Error(reply.error ?? "the worker rendered nothing"));
    });
    worker.on("error", (err) => this.fail(err));
    worker.on("exit", () => this.fail(new Error("the feed worker stopped")));
    this.worker = worker;
    return worker;
  }

  /** The worker is gone: answer what was waiting, and render in this thread from now on. */
  private fail(err: Error): void {
    this.worker = null;
    this.failed = true;
    for (const { reject } of this.pending.values()) reject(err);
    this.pending.clear();
  }
}

/** From TypeScript sources (tests, tsx, run in the repository): register tsx in the worker, then load the .ts entry. */
function sourceWorker(file: string): Worker {
  const entry = pathToFileURL(file).href;
  return new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}
