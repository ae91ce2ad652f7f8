// The words of the date grammar, one table per language. The grammar itself (points.ts,
// combine.ts) sees only the language-neutral tokens these words map to, so adding a language
// means adding a table here, not another parser. Words are written case- and accent-folded.

/** What a word (or a phrase of several words) means to the grammar. */
export type Keyword =
  | "to" // range connector
  | "and" // list connector
  | "or" // alternatives
  | "from" // start of a range, or an open start when no `to` follows
  | "between"
  | "by" // open end, inclusive: no later than
  | "before" // open end, exclusive
  | "after" // open start, exclusive
  | "onwards"
  | "quarter"
  | "half"
  | "week"
  | "early"
  | "mid"
  | "late"
  | "spring"
  | "summer"
  | "autumn"
  | "winter"
  | "tbd"
  | "tentative"
  | "yearly"
  | "monthly"
  | "biennial"
  | "every"
  | "times"
  | "ga-session"
  | "filler";

export interface Vocabulary {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  ordinals: Record<string, number>;
  /** Multiplicatives: `twice` → 2 (per period). */
  counts: Record<string, number>;
  keywords: Record<string, Keyword>;
}

const english: Vocabulary = {
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
    june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
    october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  },
  weekdays: {
    monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4,
    thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
  },
  ordinals: { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1, final: -1 },
  counts: { once: 1, twice: 2, thrice: 3, "two times": 2, "three times": 3, "four times": 4, several: 0, "several times": 0 },
  keywords: {
    to: "to", "-": "to", "/": "to", until: "to", till: "to", til: "to", through: "to", thru: "to",
    and: "and", "&": "and", ",": "and", plus: "and",
    or: "or",
    from: "from", "starting": "from", "starting from": "from", "starting in": "from", "as of": "from", "as from": "from",
    "no earlier than": "from", "not earlier than": "from", "not before": "from",
    between: "between",
    by: "by", "no later than": "by", "not later than": "by", "at the latest by": "by", "by no later than": "by",
    "at the latest": "by", "latest by": "by", "up to": "by",
    before: "before", "prior to": "before",
    after: "after",
    onwards: "onwards", onward: "onwards", "and beyond": "onwards", "and later": "onwards", "or later": "onwards",
    quarter: "quarter", qtr: "quarter", half: "half", semester: "half", week: "week",
    early: "early", beginning: "early", "beginning of": "early", start: "early", "start of": "early",
    mid: "mid", middle: "mid", "middle of": "mid", "mid-": "mid",
    late: "late", end: "late", "end of": "late",
    spring: "spring", summer: "summer", autumn: "autumn", fall: "autumn", winter: "winter",
    tbd: "tbd", tba: "tbd", "to be determined": "tbd", "to be decided": "tbd", "to be announced": "tbd",
    "to be fixed": "tbd", "not yet determined": "tbd", "not yet decided": "tbd", "not yet fixed": "tbd",
    undetermined: "tbd", unknown: "tbd", pending: "tbd", "n/a": "tbd", tbc: "tentative",
    "to be confirmed": "tentative", tentative: "tentative", tentatively: "tentative",
    provisional: "tentative", provisionally: "tentative", normally: "tentative", usually: "tentative",
    generally: "tentative", probably: "tentative", possibly: "tentative", likely: "tentative",
    expected: "tentative", "expected in": "tentative", approximately: "tentative", approx: "tentative",
    circa: "tentative", around: "tentative", about: "tentative", "?": "tentative", "~": "tentative",
    annually: "yearly", annual: "yearly", yearly: "yearly", "each year": "yearly", "every year": "yearly",
    "per year": "yearly", "a year": "yearly", "of each year": "yearly", "of every year": "yearly",
    "meets annually": "yearly", "per annum": "yearly",
    monthly: "monthly", "each month": "monthly", "every month": "monthly", "a month": "monthly",
    "per month": "monthly",
    biennial: "biennial", biennially: "biennial", "every two years": "biennial", "every other year": "biennial",
    "every 2 years": "biennial",
    every: "every", each: "every", times: "times",
    "ga session": "ga-session", "general assembly session": "ga-session", "session of the general assembly": "ga-session",
    unga: "ga-session", "ga": "ga-session",
    of: "filler", the: "filler", in: "filler", on: "filler", during: "filler", date: "filler",
    dates: "filler", scheduled: "filler", "scheduled for": "filler", held: "filler", "will be held": "filler",
    "to be held": "filler", "takes place": "filler", "will take place": "filler",
  },
};

const french: Vocabulary = {
  months: {
    janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
    juillet: 7, juil: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  },
  weekdays: { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7 },
  ordinals: {
    premier: 1, premiere: 1, "1er": 1, "1re": 1, deuxieme: 2, seconde: 2, troisieme: 3,
    quatrieme: 4, cinquieme: 5, dernier: -1, derniere: -1,
  },
  counts: { "deux fois": 2, "trois fois": 3, "plusieurs fois": 0 },
  keywords: {
    au: "to", "jusqu'au": "to", jusqu: "to", "jusqu'a": "to", et: "and", ou: "or",
    du: "from", "a partir de": "from", "a partir du": "from", "a compter de": "from", "a compter du": "from",
    "pas avant": "from", entre: "between",
    "au plus tard": "by", "au plus tard en": "by", "au plus tard le": "by", "d'ici": "by", "d'ici a": "by",
    avant: "before", apres: "after", "et au-dela": "onwards",
    trimestre: "quarter", semestre: "half", semaine: "week", moitie: "half",
    debut: "early", "debut de": "early", "mi": "mid", "milieu de": "mid", "fin": "late", "fin de": "late",
    printemps: "spring", ete: "summer", automne: "autumn", hiver: "winter",
    "a determiner": "tbd", "a definir": "tbd", "a fixer": "tbd", "a preciser": "tbd", "non determine": "tbd",
    "non determinee": "tbd", "a confirmer": "tentative", provisoire: "tentative", provisoirement: "tentative",
    normalement: "tentative", "en principe": "tentative", probablement: "tentative", environ: "tentative",
    vers: "tentative",
    annuellement: "yearly", annuel: "yearly", annuelle: "yearly", "chaque annee": "yearly",
    "tous les ans": "yearly", "par an": "yearly", "de chaque annee": "yearly", "par annee": "yearly",
    mensuel: "monthly", mensuelle: "monthly", "chaque mois": "monthly", "tous les mois": "monthly",
    "par mois": "monthly", "tous les deux ans": "biennial", biennal: "biennial", biennale: "biennial",
    chaque: "every",
    de: "filler", d: "filler", le: "filler", la: "filler", les: "filler", l: "filler", en: "filler",
    des: "filler", "date": "filler", prevu: "filler", prevue: "filler",
  },
};

const spanish: Vocabulary = {
  months: {
    enero: 1, ene: 1, febrero: 2, marzo: 3, abril: 4, abr: 4, mayo: 5, junio: 6, julio: 7,
    agosto: 8, ago: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, dic: 12,
  },
  weekdays: { lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6, domingo: 7 },
  ordinals: {
    primer: 1, primero: 1, primera: 1, segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3,
    cuarto: 4, cuarta: 4, quinto: 5, quinta: 5, ultimo: -1, ultima: -1,
  },
  counts: { "dos veces": 2, "tres veces": 3, "varias veces": 0 },
  keywords: {
    al: "to", a: "to", hasta: "to", y: "and", e: "and", o: "or", u: "or",
    del: "from", desde: "from", "a partir de": "from", "a partir del": "from", "no antes de": "from",
    "a mas tardar": "by", "a mas tardar en": "by", "a mas tardar el": "by", "no mas tarde de": "by",
    antes: "before", "antes de": "before", "antes del": "before", despues: "after", "despues de": "after",
    "en adelante": "onwards",
    trimestre: "quarter", semestre: "half", semana: "week", mitad: "half",
    principios: "early", "principios de": "early", inicios: "early", comienzos: "early", "a principios de": "early",
    mediados: "mid", "mediados de": "mid", "a mediados de": "mid",
    finales: "late", "finales de": "late", fines: "late", "fines de": "late", "a finales de": "late",
    primavera: "spring", verano: "summer", otono: "autumn", invierno: "winter",
    "por determinar": "tbd", "por definir": "tbd", "a determinar": "tbd", "a definir": "tbd",
    "por fijar": "tbd", pendiente: "tbd", "por confirmar": "tentative", "a confirmar": "tentative",
    provisional: "tentative", provisionalmente: "tentative", tentativo: "tentative", tentativa: "tentative",
    normalmente: "tentative", "en principio": "tentative", probablemente: "tentative",
    aproximadamente: "tentative", hacia: "tentative",
    anualmente: "yearly", anual: "yearly", "cada ano": "yearly", "todos los anos": "yearly",
    "al ano": "yearly", "por ano": "yearly", "de cada ano": "yearly",
    mensualmente: "monthly", mensual: "monthly", "cada mes": "monthly", "todos los meses": "monthly",
    "al mes": "monthly", "cada dos anos": "biennial", bienal: "biennial",
    cada: "every",
    de: "filler", el: "filler", la: "filler", los: "filler", las: "filler", en: "filler", fecha: "filler",
    fechas: "filler", previsto: "filler", prevista: "filler",
  },
};

export const LANGUAGES = { english, french, spanish } as const;

function merge(tables: Vocabulary[]): Vocabulary {
  const merged: Vocabulary = { months: {}, weekdays: {}, ordinals: {}, counts: {}, keywords: {} };
  for (const table of tables) {
    for (const key of Object.keys(merged) as (keyof Vocabulary)[]) {
      Object.assign(merged[key], table[key]);
    }
  }
  return merged;
}

/** Every language's words in one lookup (no word means two different things across them). */
export const vocabulary: Vocabulary = merge([english, french, spanish]);
