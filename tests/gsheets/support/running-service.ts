// Starts service-process.ts and waits (bounded) for its port.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export interface RunningService {
  url: string;
  tokens: { gsheets: string; excel: string };
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startServiceProcess(dbPath = ":memory:"): Promise<RunningService> {
  const script = join(process.cwd(), "tests/gsheets/support/service-process.ts");
  const child = spawn(process.execPath, ["--import", "tsx", script, dbPath], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += String(d)));
  const first = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the service did not start within 20 s: ${stderr}`)), 20_000);
    let out = "";
    child.stdout!.on("data", (d) => {
      out += String(d);
      if (out.includes("\n")) {
        clearTimeout(timer);
        resolve(out.split("\n")[0]!);
      }
    });
    child.on("exit", (code) => reject(new Error(`the service exited (${code}): ${stderr}`)));
  });
  const { port, tokens } = JSON.parse(first) as { port: number; tokens: RunningService["tokens"] };
  return {
    url: `http://127.0.0.1:${port}`,
    tokens,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
