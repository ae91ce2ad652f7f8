// Draws the view model's bars: months across as a CSS grid, lanes down, one button per event.
import type { TimelineBar, TimelineView } from "../view-model/build-timeline";
import { clashSentence, clashSummary } from "../view-model/clash-marks";

/** Narrowest a month is drawn; wider screens stretch the months to fill the width. */
export const MIN_MONTH_PX = 56;
/** Height of a lane; the same as `--lane` in timeline.css. */
const LANE_REM = 2.75;
/** Room a bar's label gets in its lane before the next bar may start. */
export const LABEL_PX = 170;

const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(4)}%`;

function barElement(template: HTMLTemplateElement, bar: TimelineBar, view: TimelineView, titleOf: (id: string) => string): HTMLButtonElement {
  const total = view.axis!.totalDays;
  const room = Math.max(bar.days, view.laneDays);
  const button = (template.content.firstElementChild as HTMLButtonElement).cloneNode(true) as HTMLButtonElement;
  button.dataset.eventId = bar.event.id;
  // Plain lengths rather than custom properties: a thousand bars then cost one style each, not a calc each.
  button.style.left = percent(bar.offset, total);
  button.style.width = percent(Math.min(room, total - bar.offset), total);
  button.style.top = `${bar.lane * LANE_REM + 0.2}rem`;
  (button.firstElementChild as HTMLElement).style.width = percent(bar.days, Math.min(room, total - bar.offset));
  button.classList.toggle("coarse", bar.coarse);
  button.classList.toggle("tentative", bar.event.date.status === "tentative");
  button.classList.toggle("clipped-start", bar.clippedStart);
  button.classList.toggle("clipped-end", bar.clippedEnd);
  button.classList.toggle("side-event", bar.parentId !== null);
  button.title = `${bar.event.title}\n${bar.dateLabel}`;
  button.querySelector(".bar-title")!.textContent = bar.event.title;

  const more = [bar.dateLabel];
  if (bar.event.location) more.push(bar.event.location);
  if (bar.parentId) more.push(`side event of ${titleOf(bar.parentId)}`);
  if (bar.clippedStart) more.push("began before the window");
  if (bar.clippedEnd) more.push("continues after the window");
  if (bar.clashes.length > 0) {
    button.classList.add("has-clash");
    const badge = button.querySelector<HTMLElement>(".clash-badge")!;
    badge.hidden = false;
    badge.textContent = `⚠ ${clashSummary(bar.clashes)}`;
    badge.classList.toggle("acknowledged", bar.clashes.every((c) => c.acknowledged));
    // Screen readers hear the clash in the bar's name; the badge shows it (icon and word) to the eye.
    more.push(clashSentence(bar.clashes));
  }
  // The name starts with the visible title (so speech control finds it) and adds what the eye gets from the drawing.
  button.setAttribute("aria-label", `${bar.event.title}, ${more.join(", ")}`);
  return button;
}

function monthsElement(view: TimelineView): HTMLElement {
  const axis = view.axis!;
  const months = document.createElement("div");
  months.className = "timeline-months";
  months.setAttribute("aria-hidden", "true");
  months.style.setProperty("--month-columns", axis.months.map((m) => `${m.days}fr`).join(" "));
  for (const m of axis.months) {
    const cell = document.createElement("div");
    cell.className = m.month === 1 ? "month jan" : "month";
    const year = document.createElement("span");
    year.className = "month-year";
    year.textContent = m.yearLabel ?? "\u00a0";
    cell.append(year, m.shortLabel);
    months.append(cell);
  }
  return months;
}

/** Replaces the timeline's content with the view's bars, in order of start for keyboard and screen readers. */
export function renderTimeline(container: HTMLElement, template: HTMLTemplateElement, view: TimelineView): void {
  const fragment = document.createDocumentFragment();
  if (!view.axis || view.bars.length === 0) {
    const empty = document.createElement("p");
    empty.className = "empty";
    empty.textContent = view.undated.length > 0 ? "No event in view has firm dates; see the list of events without firm dates." : "No events match these filters.";
    container.style.removeProperty("--months");
    container.replaceChildren(empty);
    return;
  }
  container.style.setProperty("--months", String(view.axis.months.length));
  fragment.append(monthsElement(view));
  if (view.todayOffset !== null) {
    const today = document.createElement("div");
    today.className = "today";
    today.title = "Today";
    today.style.setProperty("--left", percent(view.todayOffset, view.axis.totalDays));
    fragment.append(today);
  }
  const lanes = document.createElement("div");
  lanes.className = "lanes";
  lanes.style.height = `${view.laneCount * LANE_REM + 0.5}rem`;
  const titles = new Map(view.bars.map((b) => [b.event.id, b.event.title]));
  const titleOf = (id: string) => titles.get(id) ?? id;
  for (const bar of view.bars) lanes.append(barElement(template, bar, view, titleOf));
  fragment.append(lanes);
  container.replaceChildren(fragment);
}
