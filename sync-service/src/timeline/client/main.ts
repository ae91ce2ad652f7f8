// The timeline page's script: loads the published feed, keeps the filter in the URL, draws.
import "./timeline.css";
import type { FeedDocument, FeedEvent } from "../../mapping/types";
import { buildTimeline, type TimelineView } from "../view-model/build-timeline";
import { clashMarksById, type ClashMark } from "../view-model/clash-marks";
import { filterFromParams, filterToParams, type TimelineFilter } from "../view-model/timeline-filter";
import { renderDetails } from "./event-details";
import { fillOptions, readFilterForm, writeFilterForm } from "./filter-form";
import { loadFeed, type LoadedFeed } from "./load-feed";
import { LABEL_PX, MIN_MONTH_PX, renderTimeline } from "./render-timeline";
import { renderUndated } from "./render-undated";

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

const form = byId<HTMLFormElement>("filters");
const summary = byId<HTMLElement>("summary");
const timeline = byId<HTMLElement>("timeline");
const scroller = byId<HTMLElement>("timeline-scroll");
const undatedList = byId<HTMLElement>("undated-list");
const dialog = byId<HTMLDialogElement>("details");
const dialogBody = byId<HTMLElement>("details-body");
const barTemplate = byId<HTMLTemplateElement>("bar-template");
const undatedTemplate = byId<HTMLTemplateElement>("undated-template");

let feed: LoadedFeed | null = null;
let marks = new Map<string, ClashMark[]>();
let filter: TimelineFilter = filterFromParams(new URLSearchParams(location.search));
let openEventId: string | null = new URLSearchParams(location.search).get("event");

function syncUrl(): void {
  const params = filterToParams(filter);
  if (openEventId) params.set("event", openEventId);
  const query = params.toString();
  history.replaceState(null, "", query ? `${location.pathname}?${query}` : location.pathname);
}

/** Label room in days: the scale is the scroller's width, or the narrowest months, whichever is wider. */
function laneDaysFor(view: { months: unknown[]; totalDays: number }): number {
  const width = Math.max(scroller.clientWidth - 2, view.months.length * MIN_MONTH_PX);
  return LABEL_PX / (width / view.totalDays);
}

function describeSummary(view: TimelineView): string {
  const clashing = [...view.bars, ...view.undated].filter((b) => b.clashes.length > 0).length;
  const parts = [`Showing ${view.shown} of ${view.total} events: ${view.bars.length} on the timeline, ${view.undated.length} without firm dates.`];
  if (clashing > 0) parts.push(`${clashing} of them marked with a clash.`);
  if (feed?.clashesNote) parts.push(feed.clashesNote);
  return parts.join(" ");
}

function render(): void {
  if (!feed) return;
  const view = buildTimeline(feed.doc.events, feed.clashes, filter, { minLaneDays: laneDaysFor, today: new Date().toISOString().slice(0, 10) });
  summary.textContent = describeSummary(view);
  renderTimeline(timeline, barTemplate, view);
  renderUndated(undatedList, undatedTemplate, view);
}

function eventById(id: string): FeedEvent | undefined {
  return feed?.doc.events.find((e) => e.id === id);
}

function openDetails(id: string): void {
  const event = eventById(id);
  if (!feed || !event) return;
  renderDetails(dialogBody, {
    event,
    clashes: marks.get(id) ?? [],
    parent: event.relatedTo ? (eventById(event.relatedTo) ?? null) : null,
    sideEvents: feed.doc.events.filter((e) => e.relatedTo === id),
  });
  openEventId = id;
  syncUrl();
  if (!dialog.open) dialog.showModal();
  dialog.scrollTop = 0;
}

function onFilterChange(): void {
  filter = readFilterForm(form);
  syncUrl();
  render();
}

function describeVersion(doc: FeedDocument): string {
  const when = new Date(doc.publishedAt);
  const published = Number.isNaN(when.getTime())
    ? doc.publishedAt
    : `${new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(when)} UTC`;
  return `Published version ${doc.version}, ${published}: ${doc.count} events.`;
}

function wireEvents(): void {
  let typing: number | undefined;
  form.addEventListener("input", (e) => {
    if ((e.target as HTMLElement).getAttribute("name") !== "q") return;
    clearTimeout(typing);
    typing = window.setTimeout(onFilterChange, 150);
  });
  form.addEventListener("change", onFilterChange);
  form.addEventListener("submit", (e) => e.preventDefault());
  form.addEventListener("reset", () => setTimeout(onFilterChange, 0));

  let opener: HTMLElement | null = null;
  document.addEventListener("click", (e) => {
    const target = (e.target as HTMLElement).closest<HTMLElement>("[data-event-id]");
    if (!target) return;
    if (!dialog.open) opener = target;
    openDetails(target.dataset.eventId!);
  });
  dialog.addEventListener("close", () => {
    openEventId = null;
    syncUrl();
    opener?.focus();
  });

  let resizing: number | undefined;
  window.addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = window.setTimeout(render, 150);
  });
}

async function start(): Promise<void> {
  byId<HTMLAnchorElement>("subscribe").href = `webcal://${location.host}/feed/events.ics`;
  writeFilterForm(form, filter);
  wireEvents();
  const result = await loadFeed();
  const meta = byId<HTMLElement>("feed-meta");
  if (!result.ok) {
    meta.textContent = "";
    summary.textContent = result.message;
    summary.classList.add("notice");
    return;
  }
  feed = result.feed;
  marks = clashMarksById(feed.clashes, feed.doc.events);
  meta.textContent = describeVersion(feed.doc);
  const firstView = buildTimeline(feed.doc.events, [], filter);
  fillOptions(form, "focal", firstView.focalPoints);
  fillOptions(form, "location", firstView.locations);
  writeFilterForm(form, filter);
  render();
  document.body.dataset.ready = "true";
  if (openEventId && eventById(openEventId)) openDetails(openEventId);
  else openEventId = null;
}

void start();
