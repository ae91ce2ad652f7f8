// Runs a `mapping` sub-command in-process with stdout and stderr captured.
import { vi } from "vitest";

export async function runCommand(command: (args: string[]) => Promise<number>, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await command(args), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}
