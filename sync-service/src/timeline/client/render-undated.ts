// The events without a drawable date, beside the timeline: to be determined, open-ended, recurring.
import type { TimelineView, UndatedGroup, UndatedItem } from "../view-model/build-timeline";
import { clashSummary } from "../view-model/clash-marks";
import { describeNextOccurrence } from "../view-model/describe-date";

const GROUPS: { group: UndatedGroup; heading: string }[] = [
  { group: "tbd", heading: "Date to be determined" },
  { group: "open", heading: "Open-ended (by a deadline or from a date)" },
  { group: "recurring", heading: "Recurring" },
];

function itemElement(template: HTMLTemplateElement, item: UndatedItem): HTMLLIElement {
  const li = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
  const button = li.querySelector<HTMLButtonElement>(".undated-title")!;
  button.textContent = item.event.title;
  button.dataset.eventId = item.event.id;
  const typed = item.event.date.text.trim();
  // The date as typed says most here ("No later than 2019"); a recurring date adds its next occurrence.
  const next = describeNextOccurrence(item.event.date);
  li.querySelector(".undated-date")!.textContent = (typed !== "" ? typed : item.dateLabel) + (next ? ` (${next})` : "");
  const meta = [item.event.location, item.event.focalPoints.join(", ")].filter((m) => m);
  if (item.clashes.length > 0) meta.push(`⚠ ${clashSummary(item.clashes)}`);
  li.querySelector(".undated-meta")!.textContent = meta.join(" · ");
  return li;
}

export function renderUndated(container: HTMLElement, template: HTMLTemplateElement, view: TimelineView): void {
  const fragment = document.createDocumentFragment();
  for (const { group, heading } of GROUPS) {
    const items = view.undated.filter((u) => u.group === group);
    if (items.length === 0) continue;
    const h3 = document.createElement("h3");
    h3.textContent = `${heading} (${items.length})`;
    const ul = document.createElement("ul");
    for (const item of items) ul.append(itemElement(template, item));
    fragment.append(h3, ul);
  }
  if (view.undated.length === 0) {
    const none = document.createElement("p");
    none.textContent = "Every event in view has firm dates.";
    fragment.append(none);
  }
  container.replaceChildren(fragment);
}
