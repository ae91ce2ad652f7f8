// The clashes of the published feed (`/feed/clashes.json`), turned into marks on each event.
import { formatDayRange } from "../../mapping/clashes/format-days";
import type { PublishedClash } from "../../mapping/feed/clashes-document";
import type { ClashKind, FeedEvent } from "../../mapping/types";

export type { PublishedClash };

export interface ClashMark {
  kind: ClashKind;
  /** `Clash`, `Possible clash`, `Travel squeeze`: the words shown beside the icon. */
  label: string;
  otherId: string;
  otherTitle: string;
  daysLabel: string;
  reasons: string[];
  acknowledged: boolean;
}

const LABELS: Record<ClashKind, string> = { definite: "Clash", possible: "Possible clash", "travel-squeeze": "Travel squeeze" };

/** Every event's clash marks, by event id; clashes naming an event not in the feed are dropped. */
export function clashMarksById(clashes: PublishedClash[], events: FeedEvent[]): Map<string, ClashMark[]> {
  const titles = new Map(events.map((e) => [e.id, e.title]));
  const marks = new Map<string, ClashMark[]>();
  const add = (id: string, otherId: string, clash: PublishedClash) => {
    const list = marks.get(id) ?? [];
    list.push({
      kind: clash.kind,
      label: LABELS[clash.kind],
      otherId,
      otherTitle: titles.get(otherId) ?? otherId,
      daysLabel: formatDayRange(clash.days[0], clash.days[1]),
      reasons: clash.reasons,
      acknowledged: clash.acknowledged,
    });
    marks.set(id, list);
  };
  for (const clash of clashes) {
    const a = clash.a.id;
    const b = clash.b.id;
    if (a === null || b === null || !titles.has(a) || !titles.has(b)) continue;
    add(a, b, clash);
    add(b, a, clash);
  }
  return marks;
}

const SEVERITY: ClashKind[] = ["definite", "possible", "travel-squeeze"];

/** The badge's words: the most serious clash (open ones first), and how many more there are. */
export function clashSummary(clashes: ClashMark[]): string {
  const open = clashes.filter((c) => !c.acknowledged);
  const counted = open.length > 0 ? open : clashes;
  const top = [...counted].sort((a, b) => SEVERITY.indexOf(a.kind) - SEVERITY.indexOf(b.kind))[0];
  const label = counted.length > 1 ? `${top.label} +${counted.length - 1}` : top.label;
  return open.length > 0 ? label : `${label} (acknowledged)`;
}

/** Every clash in words, for the bar's accessible name. */
export function clashSentence(clashes: ClashMark[]): string {
  return clashes.map((c) => `${c.label} with ${c.otherTitle}${c.acknowledged ? " (acknowledged)" : ""}`).join("; ");
}
