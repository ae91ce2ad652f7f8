// The clash list: kind, days, reasons; clicking selects both rows; an admin can acknowledge one.
import type { Clash } from "../../../sync-service/src/mapping/types";

export interface ClashHandlers {
  select(clash: Clash): void;
  /** Present only when the clash can be acknowledged (both events have ids). */
  acknowledge(clash: Clash, reason: string): Promise<string>;
}

const KIND_LABEL: Record<Clash["kind"], string> = {
  definite: "Definite clash",
  possible: "Possible clash",
  "travel-squeeze": "Travel squeeze",
};

function acknowledgeForm(clash: Clash, handlers: ClashHandlers): HTMLElement {
  const form = document.createElement("form");
  form.className = "ack";
  const input = document.createElement("input");
  input.placeholder = "Why this clash is acceptable (admins)";
  input.required = true;
  const submit = document.createElement("button");
  submit.type = "submit";
  submit.textContent = "Acknowledge";
  const said = document.createElement("span");
  said.className = "ack-result";
  said.setAttribute("role", "status");
  form.append(input, submit, said);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    submit.disabled = true;
    said.textContent = "Sending…";
    handlers.acknowledge(clash, input.value).then((text) => {
      said.textContent = text;
      submit.disabled = false;
    });
  });
  return form;
}

export function renderClashes(list: HTMLElement, clashes: Clash[], handlers: ClashHandlers): void {
  list.replaceChildren();
  for (const clash of clashes) {
    const item = document.createElement("li");
    item.className = `clash ${clash.kind}${clash.acknowledged ? " acknowledged" : ""}`;
    const button = document.createElement("button");
    button.type = "button";
    const title = document.createElement("span");
    title.className = "where";
    const days = clash.days[0] === clash.days[1] ? clash.days[0] : `${clash.days[0]} – ${clash.days[1]}`;
    title.textContent = `${KIND_LABEL[clash.kind]} · rows ${clash.a.row} and ${clash.b.row} · ${days}`;
    const reasons = document.createElement("span");
    reasons.className = "what";
    const ack = clash.acknowledgement ? ` Acknowledged by ${clash.acknowledgement.by}: ${clash.acknowledgement.reason}` : "";
    reasons.textContent = clash.reasons.join(" ") + ack;
    button.append(title, reasons);
    button.addEventListener("click", () => handlers.select(clash));
    item.append(button);
    if (!clash.acknowledged && clash.a.id && clash.b.id) item.append(acknowledgeForm(clash, handlers));
    list.append(item);
  }
}
