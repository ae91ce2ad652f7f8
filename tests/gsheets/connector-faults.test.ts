import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { syncSource } from "../../sync-service/src/sync/sync-source";
import { backoffDelay, GOOGLE_RETRY_POLICY } from "../../sync-service/src/gsheets/retry-policy";
import { startHarness, type Harness } from "./support/connector-harness";
import { sampleRows } from "./support/sample-rows";

const SHEET = "sheet-faults";
let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  h.fake.addSheet(SHEET, "Mapping", sampleRows(12));
});
afterEach(async () => {
  await h.close();
});

const answers = (endpoint: string) => h.fake.log.filter((r) => r.endpoint === endpoint).map((r) => r.answered);

describe("the connector under Google's failures", () => {
  it("backs off and retries on 429 and 500, then succeeds", async () => {
    h.fake.inject("values.get", { status: 429 }, { status: 500 });
    h.fake.inject("batchUpdate", { status: 503 });
    const result = await h.pull(SHEET);
    expect(result.ok).toBe(true);
    expect(answers("values.get")).toEqual([429, 500, 200]);
    expect(answers("batchUpdate")).toEqual([503, 200]);
    expect(h.progress.filter((m) => m.startsWith("Google answered HTTP"))).toHaveLength(3);
  });

  it("abandons a request that hangs and retries it", async () => {
    h.fake.inject("get", { hang: true });
    const result = await h.pull(SHEET);
    expect(result.ok).toBe(true);
    expect(answers("get")).toEqual(["hung", 200]);
  });

  it("gives up after the bounded number of tries and says why", async () => {
    h.fake.inject("values.get", { status: 500 }, { status: 500 }, { status: 500 }, { status: 500 });
    const result = await h.pull(SHEET);
    expect(result).toMatchObject({ ok: false, stage: "read" });
    expect(answers("values.get")).toEqual([500, 500, 500, 500]);
    expect(h.store.events.all()).toHaveLength(0);
  });

  it("keeps the sync when the write-back fails; the next pull writes it without duplicating anything", async () => {
    h.fake.inject("batchUpdate", { status: 500 }, { status: 500 }, { status: 500 }, { status: 500 });
    const failed = await h.pull(SHEET);
    expect(failed).toMatchObject({ ok: false, stage: "write-back", summary: { version: 1, changes: { created: 12 } } });
    if (failed.ok) return;
    expect(failed.message).toMatch(/sync is saved \(version 1\).*next pull/);
    expect(h.store.events.all()).toHaveLength(12);
    expect(h.fake.values(SHEET)[0]).toHaveLength(5); // the sheet is untouched

    const retried = await h.pull(SHEET);
    expect(retried).toMatchObject({ ok: true, summary: { changes: { created: 0, updated: 0, deleted: 0 } } });
    expect(h.store.events.all()).toHaveLength(12);
    const ids = h.fake.values(SHEET).slice(1).map((r) => r[5]);
    expect(new Set(ids).size).toBe(12);
    expect(ids.every((id) => h.store.events.all().some((e) => e.id === id))).toBe(true);
  });

  it("does not revert someone else's edit when a write-back failed in between", async () => {
    await h.pull(SHEET);
    const [header, first] = h.fake.values(SHEET);
    const id = String(first![header!.indexOf("ID")]);
    // An Excel user moves the first event to Turin.
    const excelRows = h.fake.values(SHEET).map((r) => r.slice(0, 6));
    excelRows[1]![2] = "Turin";
    const excel = syncSource(
      h.store,
      { source: { kind: "excel", id: "book", name: "Book" }, baseVersion: 1, header: excelRows[0]!.map(String), rows: excelRows.slice(1).map((cells, i) => ({ row: i + 2, cells })) },
      "excel-user",
      "2017-01-11T10:00:00Z",
    );
    expect(excel.ok).toBe(true);

    h.fake.inject("batchUpdate", { status: 500 }, { status: 500 }, { status: 500 }, { status: 500 });
    expect(await h.pull(SHEET)).toMatchObject({ ok: false, stage: "write-back" });
    expect(h.fake.values(SHEET)[1]![2]).toBe("Geneva");

    expect(await h.pull(SHEET)).toMatchObject({ ok: true });
    expect(h.fake.values(SHEET)[1]![2]).toBe("Turin");
    expect(h.store.events.all().find((e) => e.id === id)!.fields["Location"]).toBe("Turin");
  });

  it("spreads retries with full jitter under a growing, capped ceiling", () => {
    const ceilings = [1, 2, 3, 4, 5, 6, 7].map((retry) => backoffDelay(GOOGLE_RETRY_POLICY, retry, () => 1));
    expect(ceilings).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 32000]);
    expect(backoffDelay(GOOGLE_RETRY_POLICY, 3, () => 0.25)).toBe(1000);
  });
});
