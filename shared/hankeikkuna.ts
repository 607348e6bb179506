/**
 * Reading the government project register (Hankeikkuna) open API v2: the records of a
 * `kohteet/haku` search response become initiative inputs. Pure: the import runner in
 * server/services/import/ matches them by project number and writes them.
 */
import { z } from 'zod';
import { codeLabel } from './code-labels.ts';
import type { InitiativeKind, PreparationStage, Status, Theme } from './codes.ts';
import { fieldPathLabel } from './field-paths.ts';
import type { InitiativeData, Link } from './initiative.ts';
import { hm, registerField } from './messages/hankeikkuna-messages.ts';
import { fm } from './messages/import-file-messages.ts';
import { im } from './messages/import-report-messages.ts';
import type { Milestone } from './milestone.ts';
import type { MinistryCode } from './ministry.ts';
import { ministryFromProjectNumber } from './register-codes.ts';
import { textSchema, truncateText } from './text.ts';
import { validationLanguage } from './validation-messages.ts';

export const HANKEIKKUNA_KINDS: Record<string, InitiativeKind> = {
  LAINSAADANTO: 'law_drafting',
  HANKE: 'development_project',
  TOIMIELIN: 'working_group',
  STRATEGIA: 'programme_strategy',
};

export const HANKEIKKUNA_STATUSES: Record<string, Status> = {
  SUUNNITTEILLA: 'planned',
  KAYNNISSA: 'ongoing',
  PAATTYNYT: 'completed',
};

/** The stages of law drafting in their order; KESKEYTETTY (suspended) is outside the order. */
export const HANKEIKKUNA_STAGES: Record<string, PreparationStage> = {
  ESIVALMISTELU: 'pre_preparation',
  PERUSVALMISTELU: 'preparation',
  LAUSUNTOMENETTELY: 'consultation',
  JATKOVALMISTELU: 'further_preparation',
  VALTIONEUVOSTON_PAATOKSENTEKO: 'government_decision',
  EDUSKUNTAKASITTELY: 'parliament',
  LAIN_VAHVISTAMINEN: 'confirmation',
  VALMISTUNUT: 'done',
  KESKEYTETTY: 'suspended',
};
const STAGE_ORDER = Object.keys(HANKEIKKUNA_STAGES).filter((stage) => stage !== 'KESKEYTETTY');

/** Finnish stage names, the milestone title when an etappi has no name of its own. */
export const HANKEIKKUNA_STAGE_NAMES: Record<string, string> = {
  ESIVALMISTELU: 'Esivalmistelu',
  PERUSVALMISTELU: 'Perusvalmistelu',
  LAUSUNTOMENETTELY: 'Lausuntomenettely',
  JATKOVALMISTELU: 'Jatkovalmistelu',
  VALTIONEUVOSTON_PAATOKSENTEKO: 'Valtioneuvoston päätöksenteko',
  EDUSKUNTAKASITTELY: 'Eduskuntakäsittely',
  LAIN_VAHVISTAMINEN: 'Lain vahvistaminen',
  VALMISTUNUT: 'Valmistunut',
  KESKEYTETTY: 'Keskeytetty',
};

/**
 * Organiser (asettajaUuid) → ministry. Empty until the register's organisation ids of the
 * ministries are confirmed: meanwhile the lead ministry is read from the project number
 * prefix and reported as guessed. Callers may pass their own map.
 */
export const HANKEIKKUNA_ORGANISERS: Readonly<Record<string, MinistryCode>> = {};

/** Obvious keywords (asiasanat) → themes; anything else is not a theme. */
const KEYWORD_THEMES: [RegExp, Theme][] = [
  [/tekoäly|artificial intelligence|artificiell intelligens/i, 'ai'],
  [/kyberturvallisuu|tietoturva|cybersecurity|cybersäkerhet/i, 'cybersecurity'],
  [/datatalou|data economy|dataekonomi/i, 'data_economy'],
  [/avoin data|avoimet tiedot|avoimet rajapinnat|open data|öppna data/i, 'open_data'],
  [/sähköinen tunnistaminen|digitaalinen identiteetti|digital identity|digitalt id/i, 'digital_identity'],
  [/yhteentoimivuu|interoperab|interoperabilitet/i, 'interoperability'],
  [/laajakaista|tietoliikenne|viestintäverk|broadband|bredband/i, 'connectivity'],
  [/digitaidot|digitaaliset taidot|digital skills|digitala färdigheter/i, 'skills'],
  [/terveystie|sote-tie|health data|hälsodata/i, 'health_data'],
  [/alustatalou|platform economy|plattformsekonomi/i, 'platforms'],
  [/tutkimus|innovaatio|research|forskning/i, 'research_innovation'],
  [
    /julkiset palvelut|sähköinen asiointi|digitaaliset palvelut|public services|offentliga tjänster/i,
    'public_services',
  ],
];

const text = textSchema().max(1_000_000).nullish();
const localized = z.looseObject({ fi: text, sv: text, en: text });
// For unions: a failed union says only "Invalid input", so what is inside them is checked later,
// by name. A phase becomes a milestone title (initiativeInputSchema checks it); keywords are only
// matched, never kept.
const looseText = z.string().max(1_000_000).nullish();
const looseLocalized = z.looseObject({ fi: looseText, sv: looseText, en: looseText });

const kohdeSchema = z.looseObject({
  uuid: text,
  tunnus: text,
  asianumerot: z.array(textSchema().max(200)).max(100).nullish(),
  nimi: localized.nullish(),
  kuvaus: localized.nullish(),
  tyyppi: text,
  tila: text,
  valmisteluvaihe: text,
  asettajaUuid: text,
  asettamisPaiva: text,
  aloitusPaiva: text,
  valmistumisPaiva: text,
  liittyyLainsaadantoon: z.boolean().nullish(),
  liittyyTalousarvioon: z.boolean().nullish(),
});

const etappiSchema = z.looseObject({
  alku: text,
  loppu: text,
  valmisteluvaihe: text,
  vaihe: z.union([z.string().max(10_000), looseLocalized]).nullish(),
});

const resultSchema = z.looseObject({
  kohde: kohdeSchema,
  etapit: z.array(etappiSchema).max(500).nullish(),
  asiasanat: z
    .array(z.union([z.string().max(10_000), looseLocalized]))
    .max(500)
    .nullish(),
  linkit: z.array(z.unknown()).max(500).nullish(),
});

/** The body of a `kohteet/haku` response; each record is read on its own. */
export const hankeikkunaResponseSchema = z.looseObject({
  result: z.array(z.unknown(), { error: () => fm('hankeikkunaBody') }),
});

/** What one register record says, before it meets the database. */
export interface HankeikkunaRecord {
  key: string;
  projectNumber: string | null;
  /** Problems that reject the record, each naming the field. */
  reasons: string[];
  /** Notes on what was filled in or left out; shown as `guessed` in the report. */
  notes: string[];
  /** The themes read from the keywords, one of `guessed`: kept for an existing initiative too. */
  themesGuess: string | null;
  /** What the register says: written over an existing initiative. */
  fields: Partial<InitiativeData>;
  /** What the import fills in when the register is silent: used only for a new initiative. */
  guesses: Partial<InitiativeData>;
  guessed: string[];
}

export interface HankeikkunaOptions {
  /** Today in Finland (ISO), for deciding which milestones are done. */
  today: string;
  organisers?: Readonly<Record<string, MinistryCode>>;
}

/** The date part of an ISO date or date-time, `undefined` when absent, `null` when unreadable. */
function datePart(value: string | null | undefined): string | null | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  return /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value.trim())?.[1] ?? null;
}

function localizedText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (!value || typeof value !== 'object') return null;
  // A link's label comes unchecked (`linkit` is free-form): its parts may be anything, not only text.
  const parts = value as Record<string, unknown>;
  for (const language of ['fi', 'sv', 'en']) {
    const part = parts[language];
    if (typeof part === 'string' && part.trim()) return part.trim();
  }
  return null;
}

function readLink(raw: unknown): Link | null {
  if (!raw || typeof raw !== 'object') return null;
  const record = raw as Record<string, unknown>;
  const url = [record.url, record.osoite, record.href, record.linkki].find(
    (v): v is string => typeof v === 'string',
  );
  if (!url || !/^https?:\/\//i.test(url.trim()) || !URL.canParse(url.trim())) return null;
  // A user name or password hides where a link goes (linkSchema refuses it): leave it out, not the record.
  const parsed = new URL(url.trim());
  if (parsed.username || parsed.password) return null;
  const labelSource = [record.nimi, record.otsikko, record.teksti, record.kuvaus, record.label].find(
    (v) => typeof v === 'string' || (v && typeof v === 'object'),
  ) as z.infer<typeof localized> | string | undefined;
  const label = localizedText(labelSource) ?? parsed.hostname;
  return { label: truncateText(label, 200), url: url.trim() };
}

/** Reads one record of a kohteet/haku response. Never throws: problems become reasons. */
export function readHankeikkunaRecord(
  raw: unknown,
  index: number,
  options: HankeikkunaOptions,
): HankeikkunaRecord {
  const parsed = resultSchema.safeParse(raw);
  if (!parsed.success) {
    const maybe = raw as { kohde?: { tunnus?: unknown; nimi?: { fi?: unknown } } } | null;
    const key = [maybe?.kohde?.tunnus, maybe?.kohde?.nimi?.fi].find((v) => typeof v === 'string') as
      | string
      | undefined;
    return {
      key: key ?? im('recordKey', { n: index + 1 }),
      projectNumber: null,
      reasons: parsed.error.issues.slice(0, 10).map((i) => `${registerField(i.path)}: ${i.message}`),
      notes: [],
      themesGuess: null,
      fields: {},
      guesses: {},
      guessed: [],
    };
  }
  const { kohde, etapit, asiasanat, linkit } = parsed.data;
  const reasons: string[] = [];
  const notes: string[] = [];
  const guessed: string[] = [];
  const fields: Partial<InitiativeData> = {};
  const guesses: Partial<InitiativeData> = {};
  const projectNumber = kohde.tunnus?.trim().toUpperCase() || null;
  const key = projectNumber ?? kohde.nimi?.fi?.trim() ?? im('recordKey', { n: index + 1 });
  const language = validationLanguage();
  const field = (path: string) => fieldPathLabel(path, language);

  fields.projectNumber = projectNumber;
  fields.caseNumbers = (kohde.asianumerot ?? []).map((n) => n.trim().toUpperCase()).filter(Boolean);
  // An empty Finnish title is left for initiativeInputSchema to reject by name.
  fields.title = { fi: kohde.nimi?.fi ?? '', sv: kohde.nimi?.sv ?? null, en: kohde.nimi?.en ?? null };
  if (kohde.kuvaus?.fi?.trim()) {
    fields.summary = { fi: kohde.kuvaus.fi, sv: kohde.kuvaus.sv ?? null, en: kohde.kuvaus.en ?? null };
  } else {
    guesses.summary = {
      fi: kohde.nimi?.fi ?? '',
      sv: kohde.kuvaus?.sv ?? null,
      en: kohde.kuvaus?.en ?? null,
    };
    guessed.push(hm('guessedSummary', { field: field('summary.fi') }));
  }

  const kind = kohde.tyyppi ? HANKEIKKUNA_KINDS[kohde.tyyppi] : undefined;
  if (kohde.tyyppi && !kind) {
    reasons.push(
      hm('unknownType', {
        field: registerField('kohde.tyyppi'),
        value: kohde.tyyppi,
        codes: Object.keys(HANKEIKKUNA_KINDS).join(', '),
      }),
    );
  } else if (kind) {
    fields.kind = kind;
  } else {
    guesses.kind = 'development_project';
    guessed.push(
      hm('guessedKind', { field: field('kind'), value: codeLabel(language, 'kind', guesses.kind) }),
    );
  }

  const stage = kohde.valmisteluvaihe ?? null;
  if (stage && !(stage in HANKEIKKUNA_STAGES)) {
    reasons.push(
      hm('unknownStage', {
        field: registerField('kohde.valmisteluvaihe'),
        value: stage,
        codes: Object.keys(HANKEIKKUNA_STAGES).join(', '),
      }),
    );
  }
  if (kohde.tila && !(kohde.tila in HANKEIKKUNA_STATUSES)) {
    reasons.push(
      hm('unknownState', {
        field: registerField('kohde.tila'),
        value: kohde.tila,
        codes: Object.keys(HANKEIKKUNA_STATUSES).join(', '),
      }),
    );
  }
  const status = kohde.tila ? HANKEIKKUNA_STATUSES[kohde.tila] : undefined;
  if (stage === 'KESKEYTETTY') fields.status = 'paused';
  else if (status) fields.status = status;
  else {
    guesses.status = stage === 'VALMISTUNUT' ? 'completed' : stage ? 'ongoing' : 'planned';
    guessed.push(
      hm('guessedStatus', { field: field('status'), value: codeLabel(language, 'status', guesses.status) }),
    );
  }
  const effectiveKind = kind ?? guesses.kind;
  fields.preparationStage =
    (effectiveKind === 'law_drafting' && stage ? HANKEIKKUNA_STAGES[stage] : undefined) ?? null;

  const organisers = options.organisers ?? HANKEIKKUNA_ORGANISERS;
  const organiser = kohde.asettajaUuid?.trim() || null;
  const known = organiser ? organisers[organiser] : undefined;
  if (known) fields.leadMinistry = known;
  else {
    const fromPrefix = projectNumber ? ministryFromProjectNumber(projectNumber) : null;
    const why = organiser ? hm('unknownOrganiser', { organiser }) : hm('noOrganiser');
    if (fromPrefix) {
      guesses.leadMinistry = fromPrefix;
      guessed.push(hm('guessedLeadMinistry', { field: field('leadMinistry'), value: fromPrefix, why }));
    } else {
      reasons.push(
        hm('noLeadMinistry', {
          field: field('leadMinistry'),
          why,
          number: projectNumber ? hm('numberWithoutPrefix', { number: projectNumber }) : hm('numberMissing'),
        }),
      );
    }
  }

  guesses.track = 'digitalisation_data_economy';
  guessed.push(
    hm('guessedTrack', { field: field('track'), value: codeLabel(language, 'track', guesses.track) }),
  );

  const dates: [string, string | null | undefined][] = [
    ['asettamisPaiva', kohde.asettamisPaiva],
    ['aloitusPaiva', kohde.aloitusPaiva],
    ['valmistumisPaiva', kohde.valmistumisPaiva],
  ];
  const read: Record<string, string | undefined> = {};
  for (const [name, value] of dates) {
    const date = datePart(value);
    if (date === null)
      reasons.push(hm('notADate', { field: registerField(`kohde.${name}`), value: value ?? '' }));
    else read[name] = date;
  }
  if (read.aloitusPaiva) fields.startDate = read.aloitusPaiva;
  else if (read.asettamisPaiva) {
    guesses.startDate = read.asettamisPaiva;
    guessed.push(hm('guessedStartDate', { field: field('startDate') }));
  }
  if (read.valmistumisPaiva) fields.endDate = read.valmistumisPaiva;

  const currentStage = stage ? STAGE_ORDER.indexOf(stage) : -1;
  const milestones: Milestone[] = [];
  (etapit ?? []).forEach((etappi, i) => {
    const end = datePart(etappi.loppu);
    const start = datePart(etappi.alku);
    if (end === null || start === null) {
      reasons.push(
        hm('notADate', {
          field: registerField(`etapit.${i}.${end === null ? 'loppu' : 'alku'}`),
          value: (end === null ? etappi.loppu : etappi.alku) ?? '',
        }),
      );
      return;
    }
    const due = end ?? start;
    if (!due) {
      notes.push(hm('phaseWithoutDates', { field: registerField(`etapit.${i}`) }));
      return;
    }
    const title =
      localizedText(etappi.vaihe) ??
      (etappi.valmisteluvaihe ? HANKEIKKUNA_STAGE_NAMES[etappi.valmisteluvaihe] : undefined) ??
      `Vaihe ${i + 1}`;
    const ownStage = etappi.valmisteluvaihe ? STAGE_ORDER.indexOf(etappi.valmisteluvaihe) : -1;
    const progressed =
      kohde.tila === 'PAATTYNYT' || ownStage < 0 || (currentStage >= 0 && currentStage > ownStage);
    const done = end !== undefined && end < options.today && progressed;
    milestones.push({ title, dueDate: due, doneAt: done ? end : null });
  });
  if (milestones.length > 0) fields.milestones = milestones;

  const themes = new Set<Theme>();
  for (const keyword of asiasanat ?? []) {
    const words =
      typeof keyword === 'string' ? keyword : [keyword.fi, keyword.sv, keyword.en].filter(Boolean).join(' ');
    for (const [pattern, theme] of KEYWORD_THEMES) if (pattern.test(words)) themes.add(theme);
  }
  let themesGuess: string | null = null;
  if (themes.size > 0) {
    fields.themes = [...themes];
    themesGuess = hm('guessedThemes', {
      field: field('themes'),
      value: [...themes].map((theme) => codeLabel(language, 'theme', theme)).join(', '),
    });
    guessed.push(themesGuess);
  }

  const links: Link[] = [];
  (linkit ?? []).forEach((raw, i) => {
    const link = readLink(raw);
    if (link) links.push(link);
    else notes.push(hm('linkLeftOut', { field: registerField(`linkit.${i}`) }));
  });
  if (links.length > 0) fields.links = links;

  return { key, projectNumber, reasons, notes, themesGuess, fields, guesses, guessed };
}

const union = <T>(a: readonly T[], b: readonly T[], keyOf: (item: T) => string = String): T[] => {
  const seen = new Set(a.map(keyOf));
  return [...a, ...b.filter((item) => !seen.has(keyOf(item)))];
};

/**
 * The initiative input of a register record. A new initiative takes the register's fields and
 * the guesses; an existing one (matched by project number) takes the register's fields but keeps
 * its own where the register is silent, and always keeps Digitoimisto's own judgement: tier,
 * both health assessments and EU impacts (and the priority, which this import never touches).
 * Case numbers, themes and links are merged, so nothing Digitoimisto added is lost.
 */
export function hankeikkunaInitiativeInput(
  record: HankeikkunaRecord,
  existing: InitiativeData | null,
): { input: Record<string, unknown>; guessed: string[] } {
  const { fields, guesses } = record;
  if (!existing) {
    return { input: { ...guesses, ...fields }, guessed: [...record.guessed, ...record.notes] };
  }
  const keepOwn = {
    ministryHealth: existing.ministryHealth,
    digitoimistoHealth: existing.digitoimistoHealth,
    euImpacts: existing.euImpacts,
  };
  const leadMinistry = fields.leadMinistry ?? existing.leadMinistry;
  const title = fields.title
    ? {
        fi: fields.title.fi,
        sv: fields.title.sv ?? existing.title.sv,
        en: fields.title.en ?? existing.title.en,
      }
    : existing.title;
  const summary = fields.summary
    ? {
        fi: fields.summary.fi,
        sv: fields.summary.sv ?? existing.summary.sv,
        en: fields.summary.en ?? existing.summary.en,
      }
    : existing.summary;
  const input: InitiativeData = {
    ...existing,
    ...fields,
    title,
    summary,
    leadMinistry,
    participatingMinistries: existing.participatingMinistries.filter((m) => m !== leadMinistry),
    caseNumbers: union(existing.caseNumbers, fields.caseNumbers ?? []),
    themes: union(existing.themes, fields.themes ?? []),
    links: union(existing.links, fields.links ?? [], (link) => link.url),
    preparationStage:
      (fields.kind ?? existing.kind) === 'law_drafting'
        ? (fields.preparationStage ?? existing.preparationStage)
        : null,
    ...keepOwn,
  };
  // Guesses are not needed where the initiative already has its own value; only the notes remain.
  const guessed = record.themesGuess ? [record.themesGuess] : [];
  return { input, guessed: [...guessed, ...record.notes] };
}
