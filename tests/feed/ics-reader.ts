// A tiny RFC 5545 reader for the tests: unfold, split properties, unescape text.

export interface IcsProperty {
  name: string;
  params: string;
  value: string;
}

export function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter((l) => l !== "");
}

function property(line: string): IcsProperty {
  const colon = line.indexOf(":");
  const head = line.slice(0, colon);
  const semi = head.indexOf(";");
  return { name: semi < 0 ? head : head.slice(0, semi), params: semi < 0 ? "" : head.slice(semi + 1), value: line.slice(colon + 1) };
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** Each VEVENT as a map of property name → property (single-valued properties only). */
export function readEvents(ics: string): Map<string, IcsProperty>[] {
  const events: Map<string, IcsProperty>[] = [];
  let current: Map<string, IcsProperty> | null = null;
  for (const line of unfold(ics)) {
    if (line === "BEGIN:VEVENT") current = new Map();
    else if (line === "END:VEVENT") {
      events.push(current!);
      current = null;
    } else if (current) {
      const p = property(line);
      current.set(p.name, p);
    }
  }
  return events;
}

export function calendarProperties(ics: string): Map<string, string> {
  const props = new Map<string, string>();
  for (const line of unfold(ics)) {
    if (line === "BEGIN:VEVENT") break;
    const p = property(line);
    props.set(p.name, p.value);
  }
  return props;
}
