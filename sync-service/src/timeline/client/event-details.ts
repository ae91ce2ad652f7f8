// One event's details in a modal <dialog>: the date as typed and as understood, description,
// outcome, related events, clashes, and the links to its history and to the feeds.
import type { FeedEvent } from "../../mapping/types";
import type { ClashMark } from "../view-model/clash-marks";
import { describeDate } from "../view-model/describe-date";

export interface EventContext {
  event: FeedEvent;
  clashes: ClashMark[];
  parent: FeedEvent | null;
  sideEvents: FeedEvent[];
}

type Child = Node | string | null | undefined | false;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

const STATUS_WORDS = { confirmed: "confirmed", tentative: "tentative", tbd: "to be determined" } as const;

function eventLink(event: FeedEvent): HTMLButtonElement {
  const button = el("button", { type: "button", class: "link-button", "data-event-id": event.id }, event.title);
  return button;
}

function canonicalDate(event: FeedEvent): HTMLElement {
  const d = event.date;
  const range = d.start || d.end ? `${d.start ?? "…"} to ${d.end ?? "…"}` : "no days known";
  const parts: Child[] = [
    el("span", {}, describeDate(d)),
    el("br"),
    `${range}; precision ${d.precision}; ${STATUS_WORDS[d.status]}`,
  ];
  if (d.edtf) parts.push(el("br"), "EDTF ", el("code", {}, d.edtf));
  if (d.time) parts.push(el("br"), `Time ${d.time.start}${d.time.end ? `–${d.time.end}` : ""}${d.time.utcOffset ? ` (UTC${d.time.utcOffset})` : ""}`);
  if (d.keyDates.length) parts.push(el("br"), `Key days: ${d.keyDates.join(", ")}`);
  if (d.notes.length) parts.push(el("br"), `Notes: ${d.notes.join(" ")}`);
  return el("dd", {}, ...parts);
}

function clashList(clashes: ClashMark[], titleLink: (id: string, title: string) => Node): HTMLElement {
  return el(
    "ul",
    {},
    ...clashes.map((c) =>
      el(
        "li",
        {},
        el("strong", {}, `⚠ ${c.label}${c.acknowledged ? " (acknowledged)" : ""}`),
        " with ",
        titleLink(c.otherId, c.otherTitle),
        el("br"),
        // The reasons name the shared days already ("Both on 5–6 April 2017.").
        c.reasons.length > 0 ? c.reasons.join(" ") : c.daysLabel,
      ),
    ),
  );
}

/** Fills the dialog's body for one event; buttons carrying `data-event-id` open that event. */
export function renderDetails(body: HTMLElement, ctx: EventContext): void {
  const { event } = ctx;
  const rows: Child[] = [];
  const row = (term: string, value: Node) => rows.push(el("dt", {}, term), value.nodeName === "DD" ? value : el("dd", {}, value));
  row("Date as typed", document.createTextNode(event.date.text || "(blank)"));
  rows.push(el("dt", {}, "Canonical date"), canonicalDate(event));
  const place = event.location ? `${event.location}${event.locationStatus === "tentative" ? " (to be confirmed)" : ""}` : "To be determined";
  row("Location", document.createTextNode(place));
  row("Focal points", document.createTextNode(event.focalPoints.join(", ") || "None named"));
  if (event.description) row("Description", document.createTextNode(event.description));
  row(
    "Outcome",
    event.outcomeUrl ? el("a", { href: event.outcomeUrl, rel: "noopener", target: "_blank" }, event.outcomeUrl) : document.createTextNode("No outcome document yet"),
  );
  const link = (id: string, title: string) => el("button", { type: "button", class: "link-button", "data-event-id": id }, title);
  if (ctx.parent) row("Side event of", eventLink(ctx.parent));
  else if (event.relatedTo) row("Related to", document.createTextNode(event.relatedTo));
  if (ctx.sideEvents.length) row("Side events", el("ul", {}, ...ctx.sideEvents.map((s) => el("li", {}, eventLink(s)))));
  if (ctx.clashes.length) row("Clashes", clashList(ctx.clashes, link));
  row(
    "History",
    el("a", { href: `/api/events/${encodeURIComponent(event.id)}/history` }, "Every change to this event"),
  );
  row("Event id", el("code", {}, event.id));
  row("Last updated", document.createTextNode(`${event.updatedAt} (revision ${event.revision})`));

  const heading = el("h2", { id: "details-title" }, event.title);
  if (event.rcp) heading.append(el("span", { class: "tag" }, "Regional consultative process"));
  body.replaceChildren(heading, el("dl", {}, ...rows));
}
