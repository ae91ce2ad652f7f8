// The timeline page in real headless Chromium, served by the real service (createApp on a temp
// store) after the sample mapping and one side event were synced through POST /api/sync.
import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FeedDocument, FeedEvent } from "../../sync-service/src/mapping/types";
import { ARTIFACTS_DIR, launchBrowser } from "../support/browser";
import { buildTimelineScript } from "../support/timeline-script";
import { EXCEL, GSHEETS, makeService, sampleSheet, type ServiceFixture } from "../service/service-fixture";

let service: ServiceFixture;
let server: Server;
let base = "";
let browser: Browser;
let feed: FeedDocument;

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS_DIR, `timeline-${name}.png`), fullPage: true });

async function sync(body: unknown): Promise<void> {
  const res = await fetch(`${base}/api/sync`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${service.editor}` },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`sync: HTTP ${res.status} ${await res.text()}`);
}

async function openPage(query = "", viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${base}/${query}`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 10_000 });
  expect(errors).toEqual([]);
  return page;
}

const byTitle = (title: string, start?: string): FeedEvent =>
  feed.events.find((e) => e.title === title && (start === undefined || e.date.start === start))!;

/** Ids of the events the page shows: bars and the list beside them. */
const shownIds = (page: Page) => page.locator("#timeline .bar, #undated-list .undated-title").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.eventId!));

beforeAll(async () => {
  await buildTimelineScript();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  service = makeService();
  server = service.app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const sample = sampleSheet();
  await sync({ source: EXCEL, baseVersion: null, header: sample.header, rows: sample.rows });
  const first = (await (await fetch(`${base}/feed/events.json`)).json()) as FeedDocument;
  const cpd = first.events.find((e) => e.title.startsWith("50th Session of the Commission on Population"))!;
  await sync({
    source: GSHEETS,
    baseVersion: null,
    header: ["Month/year", "Event", "Location", "Focal Point", "Related to"],
    rows: [{ row: 2, cells: ["April 4, 2017", "Side event: data on international migration at the CPD", "New York", "DESA", cpd.id] }],
  });
  feed = (await (await fetch(`${base}/feed/events.json`)).json()) as FeedDocument;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  service?.close();
});

describe("the timeline page", () => {
  it("shows every published event, as a bar or in the list of events without firm dates", async () => {
    const page = await openPage();
    const ids = await shownIds(page);
    expect(ids.sort()).toEqual(feed.events.map((e) => e.id).sort());
    await expect(page.locator("#summary").textContent()).resolves.toContain(`Showing ${feed.events.length} of ${feed.events.length} events`);
    await expect(page.locator("#feed-meta").textContent()).resolves.toContain(`version ${feed.version}`);
    const tbd = byTitle("UN Human Rights Council enhanced interactive dialogue on migration (34th session)");
    await expect(page.locator(`#undated-list [data-event-id="${tbd.id}"]`).isVisible()).resolves.toBe(true);
    const coarse = byTitle("UNIDO International Migration Conference");
    await expect(page.locator(`#timeline .bar[data-event-id="${coarse.id}"]`).getAttribute("class")).resolves.toContain("coarse");
    await shot(page, "desktop");
    await page.close();
  });

  it("marks the CPD × Friends of the GFMD clash on both bars, with an icon and words", async () => {
    const page = await openPage();
    const cpd = byTitle("50th Session of the Commission on Population and Development (CPD)");
    const friends = byTitle("Friends of the Global Forum on Migration and Development", "2017-04-05");
    for (const [event, other] of [[cpd, friends], [friends, cpd]]) {
      const bar = page.locator(`#timeline .bar[data-event-id="${event.id}"]`);
      await expect(bar.locator(".clash-badge").textContent()).resolves.toMatch(/^⚠ Clash( \+\d+)?$/);
      await expect(bar.locator(".clash-badge").isVisible()).resolves.toBe(true);
      // The accessible name says it too: the title first, then the clash and with what.
      const named = page.getByRole("button", { name: new RegExp(`^${escape(event.title)}, .*Clash with ${escape(other.title)}(;|$)`) });
      await expect(named.getAttribute("data-event-id")).resolves.toBe(event.id);
    }
    await page.locator(`#timeline .bar[data-event-id="${cpd.id}"]`).scrollIntoViewIfNeeded();
    await page.locator(`#timeline .bar[data-event-id="${cpd.id}"]`).screenshot({ path: join(ARTIFACTS_DIR, "timeline-clash-bar.png") });
    await page.close();
  });

  it("draws a side event directly under its main event", async () => {
    const page = await openPage();
    const cpd = byTitle("50th Session of the Commission on Population and Development (CPD)");
    const side = feed.events.find((e) => e.relatedTo === cpd.id)!;
    const parentBox = (await bar(page, cpd.id).boundingBox())!;
    const sideBox = (await bar(page, side.id).boundingBox())!;
    expect(sideBox.y).toBeGreaterThan(parentBox.y);
    expect(sideBox.y - parentBox.y).toBeLessThan(parentBox.height * 1.5); // the very next lane
    expect(sideBox.x).toBeGreaterThanOrEqual(parentBox.x);
    await expect(bar(page, side.id).getAttribute("class")).resolves.toContain("side-event");
    await expect(bar(page, side.id).getAttribute("aria-label")).resolves.toContain(`side event of ${cpd.title}`);
    await page.close();
  });

  it("filters to ILO, keeps the filter in the URL, and restores it from a shared link", async () => {
    const page = await openPage();
    await page.getByLabel("Focal point").selectOption("ILO");
    await page.waitForURL(/[?&]focal=ILO(&|$)/);
    const ilo = feed.events.filter((e) => e.focalPoints.includes("ILO")).map((e) => e.id).sort();
    expect(ilo.length).toBeGreaterThan(5);
    expect((await shownIds(page)).sort()).toEqual(ilo);
    await page.getByLabel("Search").fill("labour migration");
    await page.waitForURL(/q=labour\+migration/);
    const both = feed.events.filter((e) => e.focalPoints.includes("ILO") && /labour migration/i.test(`${e.title} ${e.description ?? ""}`)).map((e) => e.id);
    expect((await shownIds(page)).sort()).toEqual(both.sort());
    await shot(page, "filtered-ilo");
    const shared = page.url();
    await page.close();

    const again = await openPage(shared.slice(base.length + 1));
    await expect(again.getByLabel("Focal point").inputValue()).resolves.toBe("ILO");
    await expect(again.getByLabel("Search").inputValue()).resolves.toBe("labour migration");
    expect((await shownIds(again)).sort()).toEqual(both.sort());
    await again.close();
  });

  it("draws only the date window, RCPs and statuses from the URL", async () => {
    const page = await openPage("?from=2017-01&to=2017-06&rcp=1");
    await expect(page.getByLabel("From month").inputValue()).resolves.toBe("2017-01");
    await expect(page.getByLabel("Regional consultative processes only").isChecked()).resolves.toBe(true);
    const ids = await shownIds(page);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(feed.events.find((e) => e.id === id)!.rcp).toBe(true);
    await expect(page.locator(".timeline-months .month").count()).resolves.toBe(6);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.waitForURL((url) => url.search === "");
    expect((await shownIds(page)).length).toBe(feed.events.length);
    await page.close();
  });

  it("opens an event's details: the date as typed, the canonical date, links to its history", async () => {
    const page = await openPage();
    const iom = byTitle("IOM Council (meets annually)", "2016-12-05");
    await bar(page, iom.id).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.isVisible()).resolves.toBe(true);
    const text = (await dialog.textContent())!;
    expect(text).toContain("December 5-8, 2016 (The session on the Global Compact is scheduled for Tuesday 6 December 2016.)");
    expect(text).toContain("2016-12-05 to 2016-12-08");
    expect(text).toContain("EDTF 2016-12-05/2016-12-08");
    expect(text).toContain("Clash with ILO Asia Pacific Regional Management Meeting");
    const history = await dialog.getByRole("link", { name: "Every change to this event" }).getAttribute("href");
    expect(history).toBe(`/api/events/${iom.id}/history`);
    expect((await fetch(base + history)).status).toBe(200);
    await page.waitForURL(new RegExp(`event=${iom.id}`));
    await shot(page, "details");
    await page.keyboard.press("Escape");
    await expect(dialog.isVisible()).resolves.toBe(false);
    await page.waitForURL((url) => !url.search.includes("event="));
    await page.close();
  });

  it("links the CSV, JSON and ICS feeds and the calendar subscription", async () => {
    const page = await openPage();
    const nav = page.getByRole("navigation", { name: "Feeds" });
    const subscribe = await nav.getByRole("link", { name: "Subscribe in your calendar" }).getAttribute("href");
    expect(subscribe).toBe(`webcal://${base.slice("http://".length)}/feed/events.ics`);
    for (const [name, type] of [["iCalendar (.ics)", "text/calendar"], ["CSV", "text/csv"], ["JSON", "application/json"]]) {
      const href = (await nav.getByRole("link", { name }).getAttribute("href"))!;
      const res = await fetch(base + href);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain(type);
    }
    await page.close();
  });

  it("works from the keyboard: landmarks, labelled controls, a bar opens with Enter and focus comes back", async () => {
    const page = await openPage();
    for (const role of ["banner", "main", "search", "contentinfo"] as const) await expect(page.getByRole(role).count()).resolves.toBe(1);
    for (const label of ["Search", "Focal point", "Location", "Date status", "From month", "To month", "Regional consultative processes only"]) {
      await expect(page.getByLabel(label, { exact: true }).count()).resolves.toBe(1);
    }
    const first = page.locator("#timeline .bar").first();
    await first.focus();
    const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("dialog").isVisible()).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await expect(first.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  it("keeps text contrast at 4.5:1 or more", async () => {
    const page = await openPage();
    const worst = await page.evaluate(lowestContrast);
    expect(worst.ratio, `${worst.text} (${worst.fg} on ${worst.bg})`).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  it("fits a phone: the page does not overflow, the timeline scrolls sideways, the list stacks below", async () => {
    const page = await openPage("", { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const scroller = await page.locator("#timeline-scroll").evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroller.scroll).toBeGreaterThan(scroller.client);
    const timelineBox = (await page.locator(".timeline-section").boundingBox())!;
    const listBox = (await page.locator(".undated").boundingBox())!;
    expect(listBox.y).toBeGreaterThanOrEqual(timelineBox.y + timelineBox.height);
    await shot(page, "phone");
    await page.locator("#timeline .bar").first().click();
    const dialogBox = (await page.getByRole("dialog").boundingBox())!;
    expect(dialogBox.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(ARTIFACTS_DIR, "timeline-phone-details.png") });
    await page.close();
  });
});

function bar(page: Page, id: string) {
  return page.locator(`#timeline .bar[data-event-id="${id}"]`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Runs in the page: the visible text element with the lowest contrast against its effective background. */
function lowestContrast(): { ratio: number; text: string; fg: string; bg: string } {
  const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r, g, b]: number[]) => {
    const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
  };
  const background = (el: Element | null): string => {
    for (let e = el; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      const [, , , a = 1] = parse(bg);
      if (a > 0.5 && !getComputedStyle(e).backgroundImage.includes("gradient")) return bg;
    }
    return "rgb(255, 255, 255)";
  };
  let worst = { ratio: 21, text: "", fg: "", bg: "" };
  for (const el of document.querySelectorAll("body *")) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== "");
    if (!own || !(el as HTMLElement).checkVisibility?.() || el.closest("[hidden], template, option")) continue;
    const fg = getComputedStyle(el).color;
    const bg = background(el);
    const [l1, l2] = [lum(parse(fg)), lum(parse(bg))].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    if (ratio < worst.ratio) worst = { ratio, text: el.textContent!.trim().slice(0, 60), fg, bg };
  }
  return worst;
}
