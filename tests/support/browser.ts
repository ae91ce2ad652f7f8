// Launches Debian's Chromium through playwright-core with the flags this closed network needs
// (playwright gives each launch a fresh empty profile of its own).
import { chromium, type Browser } from "playwright-core";
import { join } from "node:path";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Where tests keep screenshots for people to look at. */
export const ARTIFACTS_DIR = join(process.cwd(), "test-artifacts");
