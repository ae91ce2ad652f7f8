// Builds MappingEvents for the clash tests directly (not through the date parser), so these
// tests depend on the clash rules only.
import type { MappingEvent, Precision } from "../../sync-service/src/mapping/types";

export interface EventSpec {
  row: number;
  id?: string | null;
  title?: string;
  start: string | null;
  end?: string | null;
  precision?: Precision;
  text?: string;
  location?: string | null;
  focalPoints?: string[];
  relatedTo?: string | null;
}

export function makeEvent(spec: EventSpec): MappingEvent {
  const end = spec.end === undefined ? spec.start : spec.end;
  return {
    row: spec.row,
    id: spec.id === undefined ? `ev-${spec.row}` : spec.id,
    title: spec.title ?? `Event on row ${spec.row}`,
    rcp: false,
    date: {
      text: spec.text ?? `${spec.start ?? "TBD"}${end && end !== spec.start ? ` to ${end}` : ""}`,
      start: spec.start,
      end,
      precision: spec.precision ?? (spec.start === null ? "unknown" : "day"),
      status: "confirmed",
      edtf: null,
      notes: [],
      keyDates: [],
      time: null,
      recurrence: null,
    },
    location: spec.location ?? null,
    locationStatus: "confirmed",
    focalPoints: spec.focalPoints ?? [],
    description: null,
    relatedTo: spec.relatedTo ?? null,
    outcomeUrl: null,
    extra: {},
  };
}
