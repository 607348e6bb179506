/**
 * A portfolio diff (shared/snapshot-diff.ts) told in plain sentences in fi, sv or en: one
 * sentence per change, naming the initiative by its title in the language (Finnish when it
 * has none), and a summary sentence. The "changes since the last meeting" page, the PDF and
 * the PPTX packs all print these, so they all say the same. Pure: dates and euros are worded
 * by Intl unless the caller passes its own formatters.
 */
import { codeLabel } from './code-labels.ts';
import type { Language } from './codes.ts';
import { formatCount, formatEurosExact, formatIsoDate } from './locale-format.ts';
import { pickLocalized } from './localized-text.ts';
import {
  CHANGE_SENTENCE_MESSAGES,
  type ChangeSentenceKey,
  SUMMARY_PARTS,
} from './messages/change-sentence-messages.ts';
import { fillMessage, type MessageVars } from './messages/lookup.ts';
import { MINISTRY_NAMES, type MinistryCode } from './ministry.ts';
import type {
  DiffFieldChange,
  DiffSummary,
  EuImpactEvent,
  InitiativeDiff,
  MilestoneEvent,
  PortfolioDiff,
} from './snapshot-diff.ts';

export interface ChangeSentence {
  /** The initiative the sentence is about (null is kept for sentences about the whole portfolio). */
  initiativeId: string | null;
  /** Its lead ministry (in the newer picture, or the older one for a removed initiative), for filtering. */
  leadMinistry: MinistryCode | null;
  text: string;
}

export interface SentenceFormats {
  /** An ISO date as the reader writes it; by default 2.12.2026 in fi and sv, 2 Dec 2026 in en. */
  formatDate?: (isoDate: string) => string;
  /** Whole cents as euros; by default `1 234 567 €` in fi, `€1,234,567` in en. */
  formatEuros?: (cents: number) => string;
}

/** An ISO date in the language's form: 2.12.2026 (fi, sv), 2 Dec 2026 (en). */
export const formatSentenceDate = formatIsoDate;

/** Cents as euros: whole euros without decimals, any cents exactly. */
export const formatSentenceEuros = formatEurosExact;

const capitalise = (text: string, language: Language) =>
  text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
/** A label in the middle of a sentence: "Käynnissä" → "käynnissä". */
const lower = (text: string, language: Language) =>
  text.charAt(0).toLocaleLowerCase(language) + text.slice(1);
/** A reason ends the sentence, which brings its own full stop. */
const asClause = (text: string) => text.trim().replace(/[.\s]+$/u, '');

interface Teller {
  language: Language;
  say: (key: ChangeSentenceKey, vars?: MessageVars) => string;
  date: (isoDate: string | null) => string;
  euros: (cents: number | null) => string;
  count: (n: number) => string;
}

function teller(language: Language, options: SentenceFormats): Teller {
  const say = (key: ChangeSentenceKey, vars: MessageVars = {}) =>
    fillMessage(CHANGE_SENTENCE_MESSAGES[key][language], vars);
  const formatDate = options.formatDate ?? ((iso: string) => formatSentenceDate(iso, language));
  const formatEuros = options.formatEuros ?? ((cents: number) => formatSentenceEuros(cents, language));
  return {
    language,
    say,
    date: (iso) => (iso ? formatDate(iso) : say('noValue')),
    euros: (cents) => (cents === null ? say('noValue') : formatEuros(cents)),
    count: (n) => formatCount(n, language),
  };
}

/** Who made an assessment, as the subject of a sentence: "Digitoimisto", "The Ministry of Finance". */
function assessor(field: 'ministryHealth' | 'digitoimistoHealth', ministry: MinistryCode, t: Teller): string {
  const who =
    field === 'digitoimistoHealth'
      ? t.say('digitoimisto')
      : t.say('leadMinistry', { ministry: MINISTRY_NAMES[ministry][t.language] });
  return capitalise(who, t.language);
}

const SPECIAL_STATUS = { completed: 'completed', cancelled: 'cancelled', paused: 'paused' } as const;
const VALUE_KEYS = {
  startDate: ['startDateChanged', 'startDateSet', 'startDateCleared'],
  endDate: ['endDateChanged', 'endDateSet', 'endDateCleared'],
  budgetCents: ['budgetCentsChanged', 'budgetCentsSet', 'budgetCentsCleared'],
} as const;

function fieldSentence(
  change: DiffFieldChange,
  diff: InitiativeDiff,
  title: string,
  t: Teller,
): string | null {
  const { language } = t;
  switch (change.field) {
    case 'status': {
      const special = SPECIAL_STATUS[change.after as keyof typeof SPECIAL_STATUS];
      if (special) return t.say(special, { title });
      const label = (status: typeof change.after) => lower(codeLabel(language, 'status', status), language);
      return t.say('status', { title, before: label(change.before), after: label(change.after) });
    }
    case 'preparationStage': {
      const label = (stage: typeof change.after) =>
        stage ? lower(codeLabel(language, 'stage', stage), language) : t.say('noStage');
      return t.say('stage', { title, before: label(change.before), after: label(change.after) });
    }
    case 'ministryHealth':
    case 'digitoimistoHealth': {
      const who = assessor(change.field, diff.leadMinistry, t);
      const rating = (value: typeof change.after) =>
        lower(codeLabel(language, 'health', value.rating), language);
      const reason = change.after.reason ? asClause(change.after.reason) : '';
      if (change.before.rating === change.after.rating) {
        return reason
          ? t.say('healthReason', { who, title, rating: rating(change.after), reason })
          : t.say('healthReasonRemoved', { who, title, rating: rating(change.after) });
      }
      const vars = { who, title, before: rating(change.before), after: rating(change.after), reason };
      return t.say(reason ? 'healthWithReason' : 'health', vars);
    }
    case 'tier':
      return t.say('tier', {
        title,
        before: codeLabel(language, 'tier', change.before),
        after: codeLabel(language, 'tier', change.after),
      });
    case 'rank':
      return t.say(change.afterPosition < change.beforePosition ? 'rankUp' : 'rankDown', {
        title,
        tier: codeLabel(language, 'tier', change.tier),
        before: t.count(change.beforePosition),
        after: t.count(change.afterPosition),
      });
    case 'startDate':
    case 'endDate':
    case 'budgetCents': {
      const [changed, set, cleared] = VALUE_KEYS[change.field];
      const word = (value: string | number | null) =>
        typeof value === 'number' ? t.euros(value) : t.date(value);
      const vars = { title, before: word(change.before), after: word(change.after) };
      return t.say(change.before === null ? set : change.after === null ? cleared : changed, vars);
    }
    default:
      // Milestones and EU impacts are told by their events.
      return null;
  }
}

function impactSentences(event: EuImpactEvent, title: string, t: Teller): string[] {
  const vars = {
    title,
    act: event.euAct,
    relation: lower(codeLabel(t.language, 'relation', event.relation), t.language),
  };
  if (event.kind === 'added') {
    const deadline = event.after?.deadline ?? null;
    return [
      deadline
        ? t.say('impactAddedDeadline', { ...vars, date: t.date(deadline) })
        : t.say('impactAdded', vars),
    ];
  }
  if (event.kind === 'removed') return [t.say('impactRemoved', vars)];
  const [before, after] = [event.before, event.after];
  const sentences: string[] = [];
  if ((before?.deadline ?? null) !== (after?.deadline ?? null)) {
    sentences.push(
      t.say('impactDeadline', {
        ...vars,
        before: t.date(before?.deadline ?? null),
        after: t.date(after?.deadline ?? null),
      }),
    );
  }
  if ((before?.note ?? null) !== (after?.note ?? null)) {
    sentences.push(
      after?.note
        ? t.say('impactNote', { ...vars, note: after.note.trim() })
        : t.say('impactNoteRemoved', vars),
    );
  }
  return sentences;
}

const MILESTONE_KEYS = {
  done: 'milestoneDone',
  reopened: 'milestoneReopened',
  slipped: 'milestoneSlipped',
  advanced: 'milestoneAdvanced',
  added: 'milestoneAdded',
  removed: 'milestoneRemoved',
} as const satisfies Record<MilestoneEvent['kind'], ChangeSentenceKey>;

function milestoneSentence(event: MilestoneEvent, title: string, t: Teller): string {
  const [before, after] = [event.before, event.after];
  return t.say(MILESTONE_KEYS[event.kind], {
    title,
    milestone: event.title,
    before: t.date(before?.dueDate ?? null),
    after: t.date(after?.dueDate ?? null),
    // Done: the day it was done; added: the day it is due.
    date: t.date(event.kind === 'done' ? (after?.doneAt ?? null) : (after?.dueDate ?? null)),
  });
}

/**
 * One sentence per change of a diff, in `language`: the new initiatives, the ones gone, then
 * each changed initiative's changes in reading order (its EU impacts and milestones last).
 */
export function changeSentences(
  diff: PortfolioDiff,
  language: Language,
  options: SentenceFormats = {},
): ChangeSentence[] {
  const t = teller(language, options);
  const titleOf = (ref: { title: { fi: string; sv?: string | null; en?: string | null } }) =>
    pickLocalized(ref.title, language).text;
  const sentences: ChangeSentence[] = [];
  const tell = (ref: { id: string; leadMinistry: MinistryCode }, text: string) =>
    sentences.push({ initiativeId: ref.id, leadMinistry: ref.leadMinistry, text });
  for (const ref of diff.added)
    tell(ref, t.say(ref.archived ? 'restored' : 'added', { title: titleOf(ref) }));
  for (const ref of diff.removed)
    tell(ref, t.say(ref.archived ? 'archived' : 'removed', { title: titleOf(ref) }));
  for (const item of diff.changed) {
    const title = titleOf(item);
    for (const change of item.changes) {
      const text = fieldSentence(change, item, title, t);
      if (text !== null) tell(item, text);
    }
    for (const event of item.euImpactEvents)
      for (const text of impactSentences(event, title, t)) tell(item, text);
    for (const event of item.milestoneEvents) tell(item, milestoneSentence(event, title, t));
  }
  return sentences;
}

/** The counts in one sentence: "4 siirtyi punaiseksi, 2 valmistui, 3 uutta, …"; "Ei muutoksia." when none. */
export function summarySentence(summary: DiffSummary, language: Language): string {
  const parts = (Object.keys(SUMMARY_PARTS) as (keyof DiffSummary)[])
    .filter((key) => summary[key] > 0)
    .map((key) =>
      fillMessage(SUMMARY_PARTS[key][summary[key] === 1 ? 'one' : 'other'][language], {
        count: formatCount(summary[key], language),
      }),
    );
  if (parts.length === 0) return CHANGE_SENTENCE_MESSAGES.noChanges[language];
  return `${capitalise(parts.join(', '), language)}.`;
}
