/**
 * History in plain language: each audit event and each changed field as a sentence in the
 * reader's language. Pure (no React): the caller passes the translator and the formatters, so
 * the history section, the conflict view and the tests all say the same thing.
 */
import type { AuditEvent } from '../../../shared/audit.ts';
import { HEALTH_RATINGS, type HealthRating, LANGUAGES, type Language } from '../../../shared/codes.ts';
import {
  canonicalJson,
  type FieldChange,
  type InitiativeAuditField,
} from '../../../shared/initiative-changes.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';

export interface DescribeContext {
  language: Language;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  formatDate: (isoDate: string | null | undefined) => string;
  formatEuros: (cents: number | null | undefined) => string;
  /** The short name of an EU act by its id, when the catalogue knows it. */
  actName: (id: string) => string | undefined;
}

export type HistoryEvent = Pick<AuditEvent, 'action' | 'actorName' | 'actorMinistry' | 'version' | 'changes'>;

/** A text as it was and as it became: one language of a title or summary, a reason, a note. */
export interface TextChange {
  /** What the text is, when the sentence does not say it: the language, or the EU impact. */
  label: string | null;
  /** The language the text is written in (fields without languages are written in Finnish). */
  lang: Language;
  before: string | null;
  after: string | null;
}

export interface DescribedChange {
  field: InitiativeAuditField;
  sentence: string;
  /** The changed texts in full; the reader shortens them (see excerpt). */
  texts: TextChange[];
}

export interface DescribedEvent {
  /** What happened to the record as a whole (created, archived…), if anything. */
  headline: string | null;
  /** One sentence per changed field, with the texts it changed. */
  changes: DescribedChange[];
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asString = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** "Demo Editor (LVM)": the name with the ministry, as colleagues know each other. */
export function actorLabel(event: Pick<AuditEvent, 'actorName' | 'actorMinistry'>): string {
  const { actorName, actorMinistry } = event;
  // Some display names already carry the ministry ("Demo Editor (LVM)"); say it once.
  return actorMinistry && !actorName.includes(`(${actorMinistry})`)
    ? `${actorName} (${actorMinistry})`
    : actorName;
}

const CODE_PREFIX: Partial<Record<InitiativeAuditField, string>> = {
  kind: 'codes.kind',
  track: 'codes.track',
  status: 'codes.status',
  preparationStage: 'codes.stage',
  tier: 'codes.tier',
  themes: 'codes.theme',
  fundingSources: 'codes.funding',
};

function codeLabel(field: InitiativeAuditField, value: string, ctx: DescribeContext): string {
  const prefix = CODE_PREFIX[field];
  return prefix ? ctx.t(`${prefix}.${value}` as MessageKey) : value;
}

/** A single value as the reader sees it, or null when the field is empty. */
export function scalarText(field: InitiativeAuditField, value: unknown, ctx: DescribeContext): string | null {
  if (value === null || value === undefined || value === '') return null;
  switch (field) {
    case 'startDate':
    case 'endDate':
      return ctx.formatDate(String(value));
    case 'budgetCents':
      return typeof value === 'number' ? ctx.formatEuros(value) : String(value);
    case 'contact': {
      if (!isObject(value)) return null;
      const email = asString(value.email);
      return `${asString(value.name) ?? ''}${email ? ` <${email}>` : ''}`;
    }
    default:
      return typeof value === 'string' ? codeLabel(field, value, ctx) : canonicalJson(value);
  }
}

function fieldVars(field: InitiativeAuditField, actor: string, ctx: DescribeContext) {
  return {
    actor,
    field: ctx.t(`initiative.history.field.${field}`),
    label: ctx.t(`initiative.field.${field}`),
  };
}

function describeScalar(change: FieldChange, actor: string, ctx: DescribeContext): string {
  const vars = fieldVars(change.field, actor, ctx);
  const from = scalarText(change.field, change.before, ctx);
  const to = scalarText(change.field, change.after, ctx);
  if (from === null && to !== null) return ctx.t('initiative.history.set', { ...vars, to });
  if (from !== null && to === null) return ctx.t('initiative.history.cleared', { ...vars, from });
  const empty = ctx.t('initiative.history.emptyValue');
  return ctx.t('initiative.history.changed', { ...vars, from: from ?? empty, to: to ?? empty });
}

const quote = (text: string, ctx: DescribeContext) => ctx.t('initiative.history.quoted', { text });

function listSentence(
  field: InitiativeAuditField,
  actor: string,
  parts: string[],
  ctx: DescribeContext,
): string {
  return ctx.t('initiative.history.list', { ...fieldVars(field, actor, ctx), parts: parts.join('; ') });
}

/** Added and removed members of a list field, each as the reader sees it. */
function describeList(change: FieldChange, actor: string, ctx: DescribeContext): string {
  const display = (item: unknown): string => {
    if (change.field === 'links' && isObject(item))
      return quote(asString(item.label) ?? String(item.url), ctx);
    return typeof item === 'string' ? codeLabel(change.field, item, ctx) : canonicalJson(item);
  };
  const before = asArray(change.before);
  const after = asArray(change.after);
  const beforeKeys = new Set(before.map((item) => canonicalJson(item)));
  const afterKeys = new Set(after.map((item) => canonicalJson(item)));
  const added = after.filter((item) => !beforeKeys.has(canonicalJson(item))).map(display);
  const removed = before.filter((item) => !afterKeys.has(canonicalJson(item))).map(display);
  const parts: string[] = [];
  if (added.length > 0) parts.push(ctx.t('initiative.history.added', { items: added.join(', ') }));
  if (removed.length > 0) parts.push(ctx.t('initiative.history.removed', { items: removed.join(', ') }));
  // Only the order changed: say what the list is now.
  if (parts.length === 0) parts.push(after.map(display).join(', '));
  return listSentence(change.field, actor, parts, ctx);
}

/** Which languages of a text changed; the texts themselves are in the details (textChanges). */
function describeText(change: FieldChange, actor: string, ctx: DescribeContext): string {
  const languages = changedLanguages(change).map((language) =>
    ctx.t(`initiative.history.language.${language}`),
  );
  return ctx.t('initiative.history.text', {
    ...fieldVars(change.field, actor, ctx),
    languages: languages.join(', '),
  });
}

function changedLanguages(change: FieldChange): Language[] {
  const before = isObject(change.before) ? change.before : {};
  const after = isObject(change.after) ? change.after : {};
  return LANGUAGES.filter((language) => (before[language] ?? null) !== (after[language] ?? null));
}

const ratingOf = (value: unknown): HealthRating => {
  const rating = isObject(value) ? value.rating : null;
  return (HEALTH_RATINGS as readonly unknown[]).includes(rating) ? (rating as HealthRating) : 'not_assessed';
};

const reasonOf = (value: unknown): string | null => (isObject(value) ? asString(value.reason) : null);

/** A changed rating, or a changed reason; the reason's text before and after is in the details. */
function describeHealth(change: FieldChange, actor: string, ctx: DescribeContext): string {
  const whose = ctx.t(
    change.field === 'digitoimistoHealth'
      ? 'initiative.history.whoseDigitoimisto'
      : 'initiative.history.whoseMinistry',
  );
  const from = ratingOf(change.before);
  const to = ratingOf(change.after);
  if (from !== to) {
    return ctx.t('initiative.history.healthRating', {
      actor,
      whose,
      from: ctx.t(`initiative.history.healthWord.${from}`),
      to: ctx.t(`initiative.history.healthWord.${to}`),
    });
  }
  if (reasonOf(change.before) !== reasonOf(change.after))
    return ctx.t('initiative.history.healthReason', { actor, whose });
  return ctx.t('initiative.history.healthDetails', { actor, whose });
}

interface MilestoneLike {
  title: string;
  dueDate: string | null;
  doneAt: string | null;
}
const milestoneOf = (value: unknown): MilestoneLike | null =>
  isObject(value) && typeof value.title === 'string'
    ? { title: value.title, dueDate: asString(value.dueDate), doneAt: asString(value.doneAt) }
    : null;

/** Milestones matched by title: added, removed, moved, done, reopened. */
function describeMilestones(change: FieldChange, actor: string, ctx: DescribeContext): string {
  const before = asArray(change.before)
    .map(milestoneOf)
    .filter((m): m is MilestoneLike => m !== null);
  const after = asArray(change.after)
    .map(milestoneOf)
    .filter((m): m is MilestoneLike => m !== null);
  const parts: string[] = [];
  for (const milestone of after) {
    const title = quote(milestone.title, ctx);
    const old = before.find((m) => m.title === milestone.title);
    if (!old) {
      parts.push(
        ctx.t('initiative.history.milestoneAdded', { title, date: ctx.formatDate(milestone.dueDate) }),
      );
      continue;
    }
    if (old.dueDate !== milestone.dueDate) {
      parts.push(
        ctx.t('initiative.history.milestoneMoved', {
          title,
          from: ctx.formatDate(old.dueDate),
          to: ctx.formatDate(milestone.dueDate),
        }),
      );
    }
    if (milestone.doneAt && old.doneAt !== milestone.doneAt) {
      parts.push(
        ctx.t('initiative.history.milestoneDone', { title, date: ctx.formatDate(milestone.doneAt) }),
      );
    } else if (!milestone.doneAt && old.doneAt) {
      parts.push(ctx.t('initiative.history.milestoneReopened', { title }));
    }
  }
  for (const milestone of before) {
    if (!after.some((m) => m.title === milestone.title)) {
      parts.push(ctx.t('initiative.history.milestoneRemoved', { title: quote(milestone.title, ctx) }));
    }
  }
  if (parts.length === 0) parts.push(after.map((m) => quote(m.title, ctx)).join(', '));
  return listSentence(change.field, actor, parts, ctx);
}

interface ImpactLike {
  key: string;
  act: string;
  relation: string;
  deadline: string | null;
  note: string | null;
}

function impactOf(value: unknown, ctx: DescribeContext): ImpactLike | null {
  if (!isObject(value) || typeof value.euActId !== 'string') return null;
  const relation = String(value.relation);
  return {
    key: `${value.euActId}:${relation}`,
    act:
      ctx.actName(value.euActId) ?? asString(value.euActShortName) ?? ctx.t('initiative.history.unknownAct'),
    relation: ctx.t(`codes.relation.${relation}` as MessageKey),
    deadline: asString(value.deadline),
    note: asString(value.note),
  };
}

/** EU impacts matched by act and relation: added, removed, deadline moved, note changed. */
function describeImpacts(change: FieldChange, actor: string, ctx: DescribeContext): string {
  const read = (value: unknown) =>
    asArray(value)
      .map((item) => impactOf(item, ctx))
      .filter((i): i is ImpactLike => i !== null);
  const before = read(change.before);
  const after = read(change.after);
  const parts: string[] = [];
  for (const impact of after) {
    const old = before.find((i) => i.key === impact.key);
    const vars = { act: impact.act, relation: impact.relation };
    if (!old) {
      parts.push(
        impact.deadline
          ? ctx.t('initiative.history.impactAddedDeadline', {
              ...vars,
              date: ctx.formatDate(impact.deadline),
            })
          : ctx.t('initiative.history.impactAdded', vars),
      );
      continue;
    }
    if (old.deadline !== impact.deadline) {
      const empty = ctx.t('initiative.history.emptyValue');
      parts.push(
        ctx.t('initiative.history.impactDeadline', {
          ...vars,
          from: old.deadline ? ctx.formatDate(old.deadline) : empty,
          to: impact.deadline ? ctx.formatDate(impact.deadline) : empty,
        }),
      );
    }
    if (old.note !== impact.note) parts.push(ctx.t('initiative.history.impactNote', vars));
  }
  for (const impact of before) {
    if (!after.some((i) => i.key === impact.key)) {
      parts.push(ctx.t('initiative.history.impactRemoved', { act: impact.act, relation: impact.relation }));
    }
  }
  if (parts.length === 0) parts.push(after.map((i) => i.act).join(', '));
  return listSentence(change.field, actor, parts, ctx);
}

/** Ranks are fractional sort keys, meaningless to read: say only that the order changed. */
function describeScores(change: FieldChange, actor: string, ctx: DescribeContext): string {
  const before = isObject(change.before) ? change.before : {};
  const after = isObject(change.after) ? change.after : {};
  const empty = ctx.t('initiative.history.emptyValue');
  const parts = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((criterion) => before[criterion] !== after[criterion])
    .sort()
    .map((criterion) =>
      ctx.t('initiative.history.score', {
        criterion,
        from: String(before[criterion] ?? empty),
        to: String(after[criterion] ?? empty),
      }),
    );
  return listSentence(change.field, actor, parts, ctx);
}

const LIST_FIELDS: readonly InitiativeAuditField[] = [
  'caseNumbers',
  'themes',
  'participatingMinistries',
  'fundingSources',
  'links',
];

/** One changed field as a sentence: "Demo Editor (LVM) changed the status from Ongoing to Paused". */
export function describeChange(change: FieldChange, actor: string, ctx: DescribeContext): string {
  switch (change.field) {
    case 'ministryHealth':
    case 'digitoimistoHealth':
      return describeHealth(change, actor, ctx);
    case 'title':
    case 'summary':
      return describeText(change, actor, ctx);
    case 'milestones':
      return describeMilestones(change, actor, ctx);
    case 'euImpacts':
      return describeImpacts(change, actor, ctx);
    case 'rank':
      return ctx.t('initiative.history.rank', { actor });
    case 'scores':
      return describeScores(change, actor, ctx);
    default:
      return LIST_FIELDS.includes(change.field)
        ? describeList(change, actor, ctx)
        : describeScalar(change, actor, ctx);
  }
}

/** An audit event as a headline and one sentence per changed field. */
export function describeEvent(event: HistoryEvent, ctx: DescribeContext): DescribedEvent {
  const actor = actorLabel(event);
  const changes = () =>
    event.changes.map((change) => ({
      field: change.field,
      sentence: describeChange(change, actor, ctx),
      texts: textChanges(change, ctx),
    }));
  switch (event.action) {
    case 'create':
      // A new record "changes" every field from nothing; the headline says it better.
      return { headline: ctx.t('initiative.history.created', { actor }), changes: [] };
    case 'import':
      return event.version === 1
        ? { headline: ctx.t('initiative.history.imported', { actor }), changes: [] }
        : { headline: ctx.t('initiative.history.importedChanges', { actor }), changes: changes() };
    case 'archive':
      return { headline: ctx.t('initiative.history.archived', { actor }), changes: [] };
    case 'restore':
      return { headline: ctx.t('initiative.history.restored', { actor }), changes: [] };
    default:
      return event.changes.length === 0
        ? { headline: ctx.t('initiative.history.savedNoChanges', { actor }), changes: [] }
        : { headline: null, changes: changes() };
  }
}

/**
 * The texts a change replaced, before and after: every changed language of a title or summary,
 * a health reason, the note of each EU impact. Other fields say everything in their sentence.
 */
export function textChanges(change: FieldChange, ctx: DescribeContext): TextChange[] {
  switch (change.field) {
    case 'title':
    case 'summary': {
      const before = isObject(change.before) ? change.before : {};
      const after = isObject(change.after) ? change.after : {};
      return changedLanguages(change).map((language) => ({
        label: ctx.t(`initiative.history.language.${language}`),
        lang: language,
        before: asString(before[language]),
        after: asString(after[language]),
      }));
    }
    case 'ministryHealth':
    case 'digitoimistoHealth': {
      const before = reasonOf(change.before);
      const after = reasonOf(change.after);
      return before === after ? [] : [{ label: null, lang: 'fi', before, after }];
    }
    case 'euImpacts': {
      const notes = (value: unknown) =>
        new Map(
          asArray(value)
            .map((item) => impactOf(item, ctx))
            .filter((i): i is ImpactLike => i !== null)
            .map((i) => [i.key, i]),
        );
      const before = notes(change.before);
      const after = notes(change.after);
      return [...new Set([...before.keys(), ...after.keys()])].flatMap((key) => {
        const old = before.get(key);
        const now = after.get(key);
        const impact = now ?? old;
        if (!impact || (old?.note ?? null) === (now?.note ?? null)) return [];
        return [
          {
            label: ctx.t('initiative.history.impactLabel', { act: impact.act, relation: impact.relation }),
            lang: 'fi' as const,
            before: old?.note ?? null,
            after: now?.note ?? null,
          },
        ];
      });
    }
    default:
      return [];
  }
}

/** A shortened text: `shortened` says whether anything was left out. */
export interface Excerpt {
  before: string | null;
  after: string | null;
  shortened: boolean;
}

/** Where the two texts start to differ. */
function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** At most `max` characters of `text` from `start`, ending at a word, with "…" where it was cut. */
function cut(text: string, start: number, max: number): string {
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trimEnd()}${end < text.length ? '…' : ''}`;
}

/**
 * Both texts at most about `max` characters, showing the same stretch of each: from a little
 * before the first difference, so a change at the end of a long summary is what the reader sees.
 */
export function excerpt(before: string | null, after: string | null, max = 160): Excerpt {
  const longest = Math.max(before?.length ?? 0, after?.length ?? 0);
  if (longest <= max) return { before, after, shortened: false };
  const a = before ?? '';
  const b = after ?? '';
  // From a little before the difference (or so that the longer text ends in view), at the next
  // word. The two texts are equal up to the difference, so both start at the same word.
  let start = Math.max(0, Math.min(firstDifference(a, b) - 40, longest - max));
  const text = a.length >= b.length ? a : b;
  if (start > 0 && text[start - 1] !== ' ') {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space - start < 30) start = space + 1;
  }
  return {
    before: before === null ? null : cut(before, Math.min(start, before.length), max),
    after: after === null ? null : cut(after, Math.min(start, after.length), max),
    shortened: true,
  };
}
