/**
 * The conflict view in words: what each conflict is about, each side's value as the reader
 * sees it, what merged cleanly, and who made the other change. Pure, like describe-change.ts:
 * the caller passes the translator and formatters.
 */
import type { AuditEvent } from '../../../shared/audit.ts';
import { HEALTH_RATINGS, type HealthRating } from '../../../shared/codes.ts';
import type { InitiativeField } from '../../../shared/initiative.ts';
import type { KeptChange, MergeConflict } from '../../../shared/initiative-changes.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { actorLabel, type DescribeContext, scalarText } from './describe-change.ts';

type Obj = Record<string, unknown>;
const asObject = (value: unknown): Obj =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
const asString = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
const quote = (text: string, ctx: DescribeContext) => ctx.t('initiative.history.quoted', { text });

const fieldLabel = (field: InitiativeField, ctx: DescribeContext) => ctx.t(`initiative.field.${field}`);

/** "Tiivistelmä (suomi)" for a language of a text, else the field's label from the registry. */
function groupLabel(field: InitiativeField, language: KeptChange['language'], ctx: DescribeContext): string {
  return language
    ? ctx.t('initiative.merge.languageLegend', {
        field: fieldLabel(field, ctx),
        language: ctx.t(`initiative.history.language.${language}`),
      })
    : fieldLabel(field, ctx);
}

function impactName(impact: Obj, ctx: DescribeContext): string {
  const id = String(impact.euActId);
  return ctx.t('initiative.history.impactLabel', {
    act: ctx.actName(id) ?? ctx.t('initiative.history.unknownAct'),
    relation: ctx.t(`codes.relation.${String(impact.relation)}` as MessageKey),
  });
}

/** Which item of a list a conflict is about: a milestone's title, an act and relation, a link. */
function itemName(conflict: MergeConflict, ctx: DescribeContext): string {
  const items = [conflict.theirs, conflict.mine, conflict.base].find(Array.isArray) as unknown[] | undefined;
  const item = asObject(items?.[0]);
  switch (conflict.field) {
    case 'milestones':
      return quote(String(item.title), ctx);
    case 'euImpacts':
      return impactName(item, ctx);
    default:
      return quote(asString(item.label) ?? String(item.url), ctx);
  }
}

/** The legend of a conflict: "Tiivistelmä (suomi)", "Tila", "Virstanpylväät: 'Lausunnot'". */
export function conflictLegend(conflict: MergeConflict, ctx: DescribeContext): string {
  if (conflict.kind === 'item')
    return ctx.t('initiative.merge.itemLegend', {
      field: fieldLabel(conflict.field, ctx),
      item: itemName(conflict, ctx),
    });
  return groupLabel(conflict.field, conflict.language, ctx);
}

function itemText(field: InitiativeField, value: unknown, ctx: DescribeContext): string {
  const item = asObject(value);
  const parts: string[] = [];
  if (field === 'milestones') {
    parts.push(quote(String(item.title), ctx));
    parts.push(ctx.t('initiative.merge.due', { date: ctx.formatDate(asString(item.dueDate)) }));
    if (asString(item.doneAt))
      parts.push(ctx.t('initiative.merge.done', { date: ctx.formatDate(asString(item.doneAt)) }));
  } else if (field === 'euImpacts') {
    parts.push(impactName(item, ctx));
    if (asString(item.deadline))
      parts.push(`${ctx.t('initiative.impacts.deadline')} ${ctx.formatDate(asString(item.deadline))}`);
    const note = asString(item.note);
    if (note) parts.push(`${ctx.t('initiative.impacts.note')}: ${quote(note, ctx)}`);
  } else {
    parts.push(`${quote(String(item.label), ctx)} <${String(item.url)}>`);
  }
  return parts.join(', ');
}

/**
 * One side's value of a conflict as the reader sees it. A text is given as written (the view
 * shows it whole); an item that is not there says whether it was removed or never added.
 */
export function conflictValue(conflict: MergeConflict, value: unknown, ctx: DescribeContext): string {
  const empty = ctx.t('initiative.history.emptyValue');
  if (conflict.kind === 'text') return asString(value) ?? empty;
  if (conflict.kind === 'item') {
    if (!Array.isArray(value) || value.length === 0)
      return ctx.t(conflict.base === null ? 'initiative.merge.notThere' : 'initiative.merge.removed');
    return value.map((item) => itemText(conflict.field, item, ctx)).join('; ');
  }
  if (conflict.field === 'ministryHealth' || conflict.field === 'digitoimistoHealth') {
    const health = asObject(value);
    const rating = (HEALTH_RATINGS as readonly unknown[]).includes(health.rating)
      ? (health.rating as HealthRating)
      : 'not_assessed';
    const reason = asString(health.reason);
    const word = ctx.t(`initiative.history.healthWord.${rating}`);
    return reason ? `${word}: ${quote(reason, ctx)}` : word;
  }
  return scalarText(conflict.field, value, ctx) ?? empty;
}

const KEPT_KEY = {
  theirs: 'initiative.merge.keptTheirs',
  mine: 'initiative.merge.keptMine',
  same: 'initiative.merge.keptSame',
  combined: 'initiative.merge.keptCombined',
} as const satisfies Record<KeptChange['side'], MessageKey>;

/** "Toisen muutos säilyy: Tila". */
export function keptSentence(kept: KeptChange, ctx: DescribeContext): string {
  return ctx.t(KEPT_KEY[kept.side], { field: groupLabel(kept.field, kept.language, ctx) });
}

/**
 * Who last changed a field among the events since the version the user opened (newest first,
 * as the history lists them), and when: the "their" of "their value".
 */
export function lastChangeOf(
  events: readonly Pick<AuditEvent, 'actorName' | 'actorMinistry' | 'at' | 'changes'>[],
  field: InitiativeField,
): { actor: string; at: Date } | null {
  const event = events.find((e) => e.changes.some((change) => change.field === field));
  return event ? { actor: actorLabel(event), at: new Date(event.at) } : null;
}
