// The filter form ⇄ the filter: the form's fields carry the same names as the URL parameters.
import { filterFromParams, type TimelineFilter } from "../view-model/timeline-filter";

export function readFilterForm(form: HTMLFormElement): TimelineFilter {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === "string") params.set(name, value);
  return filterFromParams(params);
}

function control<T extends HTMLElement>(form: HTMLFormElement, name: string): T {
  return form.elements.namedItem(name) as T;
}

export function writeFilterForm(form: HTMLFormElement, filter: TimelineFilter): void {
  control<HTMLInputElement>(form, "q").value = filter.q;
  selectValue(control<HTMLSelectElement>(form, "focal"), filter.focal ?? "");
  selectValue(control<HTMLSelectElement>(form, "location"), filter.location ?? "");
  control<HTMLSelectElement>(form, "status").value = filter.status ?? "";
  control<HTMLInputElement>(form, "from").value = filter.from ?? "";
  control<HTMLInputElement>(form, "to").value = filter.to ?? "";
  control<HTMLInputElement>(form, "rcp").checked = filter.rcp;
}

/** Selects a value, adding it when the feed no longer has it, so a shared link keeps its filter visible. */
function selectValue(select: HTMLSelectElement, value: string): void {
  if (value !== "" && ![...select.options].some((o) => o.value === value)) select.add(new Option(`${value} (no events)`, value));
  select.value = value;
}

/** Fills a select with the feed's values after its first "All …" option. */
export function fillOptions(form: HTMLFormElement, name: string, values: string[]): void {
  const select = control<HTMLSelectElement>(form, name);
  const keep = select.value;
  select.length = 1;
  for (const v of values) select.add(new Option(v, v));
  selectValue(select, keep);
}
