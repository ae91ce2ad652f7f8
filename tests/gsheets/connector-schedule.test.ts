import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { followConfigFromEnv } from "../../sync-service/src/gsheets/follow-config";
import { followSpreadsheet } from "../../sync-service/src/gsheets/follow-spreadsheet";
import { startPolling } from "../../sync-service/src/gsheets/poll-scheduler";
import { accessTokenAuth, createSheetsApi } from "../../sync-service/src/gsheets/sheets-api";
import { runGsheets } from "../../sync-service/src/cli/gsheets";
import { openStore } from "../../sync-service/src/store/store";
import { ACCESS_TOKEN, FakeSheetsServer } from "./support/fake-sheets-server";
import { FAST_RETRY } from "./support/connector-harness";
import { sampleRows } from "./support/sample-rows";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const waitFor = async (check: () => boolean, ms = 5000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe("the polling schedule", () => {
  it("never runs two pulls at once, and stop() waits for the one in progress", async () => {
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    const poller = startPolling(1, async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 15));
      runs++;
      running--;
    });
    await waitFor(() => runs >= 4);
    await poller.stop();
    const after = runs;
    await new Promise((r) => setTimeout(r, 40));
    expect(maxRunning).toBe(1);
    expect(running).toBe(0);
    expect(runs).toBe(after);
  });

  it("keeps going after a run throws", async () => {
    let runs = 0;
    const poller = startPolling(1, async () => {
      runs++;
      throw new Error("boom");
    });
    await waitFor(() => runs >= 3);
    await poller.stop();
  });

  it("reads its settings from the environment, with clear errors", () => {
    expect(followConfigFromEnv({})).toEqual({ ok: true, config: null });
    expect(followConfigFromEnv({ MAPPING_GSHEETS_SPREADSHEET: "abc", MAPPING_GSHEETS_POLL: "60", MAPPING_GSHEETS_RANGE: "Mapping!A1:Z" })).toEqual({
      ok: true,
      config: { spreadsheetId: "abc", range: "Mapping!A1:Z", pollSeconds: 60 },
    });
    expect(followConfigFromEnv({ MAPPING_GSHEETS_SPREADSHEET: "abc", MAPPING_GSHEETS_POLL: "1" })).toMatchObject({ ok: false });
    expect(followConfigFromEnv({ MAPPING_GSHEETS_POLL: "60" })).toMatchObject({ ok: false, message: /MAPPING_GSHEETS_SPREADSHEET/ });
  });

  it("follows a spreadsheet: pulls on schedule and refreshes the feed when a version is published", async () => {
    const fake = await new FakeSheetsServer().start();
    const store = openStore(":memory:");
    cleanups.push(() => fake.stop(), () => store.close());
    fake.addSheet("followed", "Mapping", sampleRows(5));
    let published = 0;
    const poller = followSpreadsheet({
      store,
      config: { spreadsheetId: "followed", range: "Mapping!A1:Z", pollSeconds: 0.02 },
      logger: pino({ level: "silent" }),
      api: createSheetsApi({ auth: accessTokenAuth(ACCESS_TOKEN), rootUrl: fake.rootUrl }),
      retry: FAST_RETRY,
      onPublished: () => {
        published++;
      },
    });
    cleanups.push(() => poller.stop());
    await waitFor(() => fake.count("values.get") >= 3);
    await poller.stop();
    expect(published).toBe(1);
    expect(store.events.all()).toHaveLength(5);
    expect(fake.count("batchUpdate")).toBe(1);
  });
});

describe("mapping gsheets (command line)", () => {
  it("explains its usage and the missing credentials instead of failing obscurely", async () => {
    const saved = process.env.GOOGLE_APPLICATION_CREDENTIALS;
    delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
    cleanups.push(() => {
      if (saved !== undefined) process.env.GOOGLE_APPLICATION_CREDENTIALS = saved;
    });
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      expect(await runGsheets([])).toBe(2);
      expect(await runGsheets(["pull", "abc"])).toBe(2);
    } finally {
      process.stderr.write = write;
    }
    expect(stderr.join("")).toMatch(/Usage: mapping gsheets pull SPREADSHEET_ID/);
    expect(stderr.join("")).toMatch(/GOOGLE_APPLICATION_CREDENTIALS is not set/);
  });
});
