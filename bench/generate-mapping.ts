// Realistic mapping rows as CSV text, generated in chunks so a million rows never sit in
// memory as one string. The date texts follow the seed mapping's kinds and spellings (day
// ranges, cross-month ranges, months, quarters, TBD, no later than, recurring, notes), with
// about 2% bad rows (unparseable or impossible dates, end before start, missing title).

export const CSV_HEADER = "Month/year,Event,Location,Focal Point,Description";

/**
 * Rows per calendar year. The seed mapping holds about 25 events a year; the bench packs
 * 10× more and spreads larger mappings over more years, so the number of clashes per event
 * stays what a dense real mapping would show instead of growing with the file.
 */
export const ROWS_PER_YEAR = 250;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const QUARTERS = ["First", "Second", "Third", "Fourth"];

const KINDS = ["Global Forum on", "Regional Consultation on", "Expert Group Meeting on", "Annual Coordination Meeting on", "Ministerial Conference on", "Working Group on", "Side event on", "Thematic Dialogue on", "Council session on", "Technical Workshop on", "*Regional Consultative Process on", "Stakeholder Hearing on"];
const TOPICS = ["Migration and Development", "Labour Migration", "Migrant Health", "Remittances", "Data on International Migration", "Climate Change and Mobility", "Human Rights of Migrants", "Fair Recruitment", "Return and Reintegration", "Diaspora Engagement", "Trafficking in Persons", "Integration of Migrants", "Migrant Smuggling", "Gender and Migration", "Children on the Move"];
const ORDINAL_WORDS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth"];
const REGIONS = ["West Africa", "East Africa", "Southern Africa", "North Africa", "the Arab States", "Central Asia", "South Asia", "South-East Asia", "the Pacific", "the Caribbean", "Central America", "South America", "North America", "the Western Balkans", "Eastern Europe", "the Mediterranean", "the Sahel", "the Horn of Africa", "the Gulf", "the Andean Region"];
const PLACES = ["Geneva", "Geneva (TBC)", "Geneva, Switzerland", "New York", "Berlin", "Berlin (TBC)", "Vienna", "Bangkok", "Dhaka", "Colombo, Sri Lanka", "Rabat, Morocco", "Mexico City, Mexico", "Istanbul, Turkey", "Bali, Indonesia", "Montreal (tbc)", "Addis Ababa", "Nairobi", "Brussels", "Genève", "Germany", "Turkey (TBC)", "Philippines", "TBD", "", "", "", ""];
const FOCAL_POINTS = ["DESA", "UNDESA", "IOM", "ILO", "OHCHR", "UNODC", "UNIDO", "World Bank", "GFMD", "UN Women", "UNHCR", "UNICEF", "UNFPA", "WHO", "UNDP", "DESA, IOM", "ILO / IOM", "IOM and UNHCR", "", "", "", "", ""];
const DESCRIPTIONS = [
  "",
  "",
  "Discussion on key governance challenges to be considered in the Global Compact.",
  "The meeting brings together entities of the UN system, civil society and Member States.",
  "Contributions toward the Global Compact will be discussed.",
  "Agenda could include specific items or discussions related to the Global Compact.",
  "Regular meetings of government officials and high level experts, with a session on labour migration.",
];

/** A small seeded generator (mulberry32): the same rows on every run. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** A date text of one of the seed's kinds, for a month in `year`. */
function dateText(random: Random, year: number): string {
  const m = between(random, 0, 11);
  const month = MONTHS[m];
  const last = daysIn(year, m);
  const d = between(random, 1, last - 5);
  const len = between(random, 1, 4);
  const roll = random();
  if (roll < 0.3) return `${month} ${d}-${d + len}, ${year}`;
  if (roll < 0.38) return `${d} ${month} ${year}`;
  if (roll < 0.46) return `${month} ${d}, ${year}`;
  if (roll < 0.52) {
    const next = (m + 1) % 12;
    const endYear = next === 0 ? year + 1 : year;
    return `${month} ${between(random, 24, last)}${endYear === year ? "" : `, ${year}`} to ${MONTHS[next]} ${between(random, 1, 8)}, ${endYear}`;
  }
  if (roll < 0.56) return `${month} ${d} to ${d + len} ${year}`;
  if (roll < 0.59) return `${month} ${d}- ${d + len}, ${year}`;
  if (roll < 0.61) {
    const key = d + 1;
    const weekday = WEEKDAYS[new Date(Date.UTC(year, m, key)).getUTCDay()];
    return `${month} ${d}-${d + len}, ${year} (The session on the Global Compact is scheduled for ${weekday} ${key} ${month} ${year}.)`;
  }
  if (roll < 0.74) return `${month} ${year}`;
  if (roll < 0.77) return `${pick(random, QUARTERS)} Quarter ${year}`;
  if (roll < 0.78) return `Q${between(random, 1, 4)} ${year}`;
  if (roll < 0.8) return `first half of ${year}`;
  if (roll < 0.88) return pick(random, ["Date to be determined", "Dates to be determined", "TBD"]);
  if (roll < 0.91) return `No later than ${year + 2}`;
  if (roll < 0.94) return String(year);
  return pick(random, ["Normally May or June, and November of each year", "Each year in October", "Twice a year"]);
}

/** `Tenth`, `17th`, `22nd`, `17 th`: the edition spellings of the seed. */
function ordinal(random: Random, n: number): string {
  if (n <= ORDINAL_WORDS.length && random() < 0.5) return ORDINAL_WORDS[n - 1];
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${random() < 0.2 ? " " : ""}${suffix}`;
}

/**
 * Names like the seed's: a kind of meeting on a topic for a region, most with their year,
 * some with an edition number that counts the years (`Tenth ...` in one year, `Eleventh ...`
 * the next, as a real series does), some marked as RCPs (`*`), a few (title TBC).
 */
function eventName(random: Random, year: number): string {
  const name = `${pick(random, KINDS)} ${pick(random, TOPICS)} for ${pick(random, REGIONS)}`;
  const roll = random();
  if (roll < 0.6) return `${name} ${year}`;
  if (roll < 0.7) return `${ordinal(random, year - 2007)} ${name}`;
  if (roll < 0.75) return `${name} (title TBC)`;
  return `${name} (meets annually)`;
}

/** The ~2% of rows staff get wrong. */
function badRow(random: Random, year: number): [string, string] {
  const roll = random();
  if (roll < 0.3) return [`February 30, ${year}`, "Expert Group Meeting on Migration Statistics"];
  if (roll < 0.55) return [`April 7-3, ${year}`, "Regional Consultation on Labour Migration"];
  if (roll < 0.8) return ["sometime after the summit, probably", "Working Group on Remittances"];
  return [`${MONTHS[between(random, 0, 11)]} ${year}`, ""];
}

export interface GenerateOptions {
  /** Total rows of the whole mapping (decides how many years it spans). */
  totalRows: number;
  seed: number;
}

/**
 * CSV text for rows `[from, from + count)` of the mapping, with the header when `from` is 0.
 * Each row's content depends only on the seed and its index, so chunks can be made in any order.
 */
export function generateChunk(from: number, count: number, opts: GenerateOptions): string {
  const years = Math.max(2, Math.ceil(opts.totalRows / ROWS_PER_YEAR));
  const lines: string[] = from === 0 ? [CSV_HEADER] : [];
  for (let i = from; i < from + count; i++) {
    const random = seededRandom(opts.seed * 1_000_003 + i);
    const year = 2017 + Math.floor(random() * years);
    const [date, title] = random() < 0.02 ? badRow(random, year) : [dateText(random, year), eventName(random, year)];
    const cells = [date, title, pick(random, PLACES), pick(random, FOCAL_POINTS), pick(random, DESCRIPTIONS)];
    lines.push(cells.map(csvCell).join(","));
  }
  return lines.join("\n") + "\n";
}
