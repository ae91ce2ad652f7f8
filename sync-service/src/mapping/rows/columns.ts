// SPEC 3: columns are matched by header, case- and spacing-insensitive, with aliases.

/** The fields a mapping row carries, each fed by one column. */
export type Field =
  | "id"
  | "date"
  | "title"
  | "location"
  | "focalPoints"
  | "description"
  | "relatedTo"
  | "outcomeUrl";

export interface ColumnDefinition {
  field: Field;
  /** The canonical column name, used in issues and in the canonical feed. */
  name: string;
  /** Header spellings that mean this column (the canonical name included). */
  aliases: string[];
}

/** In SPEC 3 order: also the order issues about the same row are listed when no sheet order applies. */
export const COLUMNS: readonly ColumnDefinition[] = [
  { field: "id", name: "ID", aliases: ["ID"] },
  { field: "date", name: "Month/year", aliases: ["Month/year", "Date", "Dates", "When"] },
  { field: "title", name: "Event", aliases: ["Event", "Title", "Name"] },
  { field: "location", name: "Location", aliases: ["Location", "Venue", "Place"] },
  { field: "focalPoints", name: "Focal Point", aliases: ["Focal Point", "Focal points", "Lead"] },
  { field: "description", name: "Description", aliases: ["Description"] },
  { field: "relatedTo", name: "Related to", aliases: ["Related to"] },
  { field: "outcomeUrl", name: "Outcome URL", aliases: ["Outcome URL"] },
];

export const COLUMN_NAME: Readonly<Record<Field, string>> = Object.fromEntries(
  COLUMNS.map((c) => [c.field, c.name]),
) as Record<Field, string>;

/** Where each known field and each unknown column sits in a sheet's header. */
export interface ColumnMap {
  fields: Partial<Record<Field, number>>;
  /** Columns that are not ours, kept and passed through under their header. */
  extras: { index: number; name: string }[];
  /** Every column's display name, by index: canonical for ours, the header text for the others. */
  names: string[];
}

export type ColumnMatch = { ok: true; columns: ColumnMap } | { ok: false; message: string };

function headerKey(text: string): string {
  return text.replace(/^\uFEFF/, "").toLowerCase().replace(/[\s_-]+/g, "");
}

const FIELD_BY_KEY = new Map<string, ColumnDefinition>(
  COLUMNS.flatMap((c) => c.aliases.map((alias) => [headerKey(alias), c] as const)),
);

/**
 * Matches a header row to the mapping's columns. The first column that names a field wins;
 * a second one for the same field is kept as an extra so nothing typed is lost.
 */
export function matchColumns(header: readonly string[]): ColumnMatch {
  const fields: Partial<Record<Field, number>> = {};
  const extras: { index: number; name: string }[] = [];
  const names: string[] = [];
  header.forEach((raw, index) => {
    const text = String(raw ?? "").replace(/^\uFEFF/, "").trim();
    const definition = FIELD_BY_KEY.get(headerKey(text));
    if (definition && fields[definition.field] === undefined) {
      fields[definition.field] = index;
      names.push(definition.name);
      return;
    }
    const name = text === "" ? `Column ${index + 1}` : text;
    extras.push({ index, name });
    names.push(name);
  });
  if (fields.title === undefined) {
    const found = header.map((h) => `"${String(h ?? "").trim()}"`).join(", ");
    return {
      ok: false,
      message:
        `The header row has no event column: name one column "Event" (or "Title" or "Name"). ` +
        `The header row found was: ${found || "(empty)"}.`,
    };
  }
  return { ok: true, columns: { fields, extras, names } };
}
