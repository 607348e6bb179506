import { LANGUAGES, type Language } from './codes.ts';
import { INITIATIVE_FIELDS, type InitiativeData, type InitiativeField } from './initiative.ts';

/** Fields of an initiative's history: the editable ones and the prioritisation written by imports and the board. */
export type InitiativeAuditField = InitiativeField | 'tier' | 'rank' | 'scores';

/** One changed field, with its value before and after: the unit of history and of conflicts. */
export interface FieldChange<F extends string = InitiativeAuditField> {
  field: F;
  before: unknown;
  after: unknown;
}

/** Stable JSON: object keys sorted, so two equal values always compare equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

export function sameValue(a: unknown, b: unknown): boolean {
  const [x, y] = [a ?? null, b ?? null];
  // The common answers without serialising: identical, or one side empty (a new record's fields).
  if (x === y) return true;
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
  return canonicalJson(x) === canonicalJson(y);
}

/** The listed fields that differ between two versions of a record, in the order listed. */
export function diffFields<T, F extends keyof T & string>(
  before: T,
  after: T,
  fields: readonly F[],
): FieldChange<F>[] {
  return fields
    .filter((field) => !sameValue(before[field], after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** The fields that differ between two versions of an initiative, in reading order. */
export function diffInitiativeData(
  before: InitiativeData,
  after: InitiativeData,
): FieldChange<InitiativeField>[] {
  return diffFields(before, after, INITIATIVE_FIELDS);
}

/*
 * Three-way merge of a stale edit: `base` is the version the user opened, `theirs` the current
 * version, `mine` the user's draft. A field only one side changed takes that side's value
 * whole; a field both changed is merged unit by unit (see MERGE_STRATEGY), and a unit both
 * changed to different values is a conflict the user resolves. Nothing either side changed
 * is dropped without being reported.
 */

/**
 * How a field both people changed is split into units, the parts that can conflict:
 * - `value`: the whole field (codes, dates, the budget, the contact person, the project number);
 * - `text`: each language of a localized text (`title.fi`, `summary.sv`…);
 * - `health`: an assessment's rating and reason together (the reason explains the rating;
 *   the date and author are stamped by the server);
 * - `set`: each member's presence (themes, ministries, funding, case numbers): additions and
 *   removals by both are all kept, so a set never conflicts;
 * - `items`: each item of a list matched by its identity — milestones by title, EU impacts by
 *   act and relation, links by address. Two people changing different items merge cleanly; an
 *   item both changed differently (or one changed and the other removed) is a conflict. The
 *   merged list is in the current version's order, with the user's new items after it.
 */
export type MergeStrategy = 'value' | 'text' | 'health' | 'set' | 'items';

export const MERGE_STRATEGY: Record<InitiativeField, MergeStrategy> = {
  projectNumber: 'value',
  caseNumbers: 'set',
  title: 'text',
  summary: 'text',
  kind: 'value',
  track: 'value',
  themes: 'set',
  leadMinistry: 'value',
  participatingMinistries: 'set',
  status: 'value',
  preparationStage: 'value',
  ministryHealth: 'health',
  digitoimistoHealth: 'health',
  startDate: 'value',
  endDate: 'value',
  budgetCents: 'value',
  fundingSources: 'set',
  contact: 'value',
  links: 'items',
  milestones: 'items',
  euImpacts: 'items',
};

type Obj = Record<string, unknown>;
const asObject = (value: unknown): Obj =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const ITEM_IDENTITY: Partial<Record<InitiativeField, (item: Obj) => string>> = {
  links: (link) => String(link.url),
  milestones: (milestone) => String(milestone.title),
  euImpacts: (impact) => `${String(impact.euActId)}:${String(impact.relation)}`,
};

/**
 * A list grouped by item identity, in order of first appearance. Items sharing an identity
 * (two milestones with one title) form one unit, so a unit never changes its key when another
 * item is added or removed.
 */
function itemGroups(field: InitiativeField, list: unknown): Map<string, unknown[]> {
  const identity = ITEM_IDENTITY[field] ?? ((item: Obj) => canonicalJson(item));
  const groups = new Map<string, unknown[]>();
  for (const item of asList(list)) {
    const key = `${field}[${identity(asObject(item))}]`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/** One field as its units: unit key → value (a unit that is not there is null). */
function fieldUnits(field: InitiativeField, value: unknown): Map<string, unknown> {
  switch (MERGE_STRATEGY[field]) {
    case 'text': {
      const text = asObject(value);
      return new Map(LANGUAGES.map((language) => [`${field}.${language}`, text[language] ?? null]));
    }
    case 'health': {
      const health = asObject(value);
      return new Map([[field, { rating: health.rating ?? null, reason: health.reason ?? null }]]);
    }
    case 'set':
      return new Map(asList(value).map((member) => [`${field}[${String(member)}]`, true]));
    case 'items':
      return itemGroups(field, value);
    default:
      return new Map([[field, value ?? null]]);
  }
}

/** A record as its merge units: what the merge compares, and what its properties are stated in. */
export function mergeUnits(data: InitiativeData): Map<string, unknown> {
  return new Map(INITIATIVE_FIELDS.flatMap((field) => [...fieldUnits(field, data[field])]));
}

export interface MergeConflict {
  /** The unit: `status`, `summary.fi`, `milestones[Lausunnot]`. */
  key: string;
  field: InitiativeField;
  /** `text` may be resolved by writing a new text; `value` and `item` only by keeping a side. */
  kind: 'text' | 'value' | 'item';
  /** The language of a `text` conflict. */
  language: Language | null;
  /**
   * The unit's value in each version; null when it is empty or not there (an item removed).
   * An `item` unit is the list of the items with that identity (usually one).
   */
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

/** A field (or one language of a text) whose changes were merged without a conflict. */
export interface KeptChange {
  field: InitiativeField;
  language: Language | null;
  /** Whose changes it has: only theirs, only mine, the same change by both, or both combined. */
  side: 'theirs' | 'mine' | 'same' | 'combined';
}

export type Resolution = { keep: 'theirs' } | { keep: 'mine' } | { keep: 'edited'; text: string };

export interface MergeResult {
  /** The merged record; an unresolved conflict keeps the current (their) value. */
  data: InitiativeData;
  /** Every conflict, resolved or not, in reading order. */
  conflicts: MergeConflict[];
  kept: KeptChange[];
}

/** Whether a resolution settles a conflict: an edited text settles only a text conflict. */
export function isResolved(conflict: MergeConflict, resolution: Resolution | undefined): boolean {
  return resolution !== undefined && (resolution.keep !== 'edited' || conflict.kind === 'text');
}

/** Builds a field back from its merged units, in the current version's order. */
function buildField(
  field: InitiativeField,
  units: Map<string, unknown>,
  mine: unknown,
  theirs: unknown,
): unknown {
  switch (MERGE_STRATEGY[field]) {
    case 'text': {
      const text = (language: Language) => units.get(`${field}.${language}`) ?? null;
      return { fi: text('fi') ?? '', sv: text('sv'), en: text('en') };
    }
    case 'health':
      // The current stamps: the server restamps an assessment that differs from the current one.
      return { ...asObject(theirs), ...asObject(units.get(field)) };
    case 'set': {
      const members = [...asList(theirs), ...asList(mine)].filter(
        (member) => units.get(`${field}[${String(member)}]`) === true,
      );
      return [...new Set(members)];
    }
    case 'items': {
      const keys = new Set([...itemGroups(field, theirs).keys(), ...itemGroups(field, mine).keys()]);
      return [...keys].flatMap((key) => asList(units.get(key)));
    }
    default:
      return units.get(field) ?? null;
  }
}

const CONFLICT_KIND: Record<MergeStrategy, MergeConflict['kind']> = {
  value: 'value',
  text: 'text',
  health: 'value',
  set: 'value',
  items: 'item',
};

/**
 * Merges a stale edit with the current version. Without resolutions every conflict keeps the
 * current value; `resolutions` (by conflict key) say which side each conflict keeps, or give
 * the text the user wrote. Merging with no concurrent change gives `mine`.
 */
export function mergeEdit(
  base: InitiativeData,
  mine: InitiativeData,
  theirs: InitiativeData,
  resolutions: Readonly<Record<string, Resolution>> = {},
): MergeResult {
  const data = { ...theirs } as Record<InitiativeField, unknown>;
  const conflicts: MergeConflict[] = [];
  const kept: KeptChange[] = [];
  for (const field of INITIATIVE_FIELDS) {
    const strategy = MERGE_STRATEGY[field];
    const [b, m, t] = [base[field], mine[field], theirs[field]];
    const [ub, um, ut] = [fieldUnits(field, b), fieldUnits(field, m), fieldUnits(field, t)];
    const merged = new Map<string, unknown>();
    // Whose changes each group (the field, or a language of a text) has; conflicts aside.
    const sides = new Map<Language | null, Set<KeptChange['side']>>();
    const note = (key: string, side: KeptChange['side']) => {
      const language = strategy === 'text' ? (key.slice(field.length + 1) as Language) : null;
      sides.set(language, (sides.get(language) ?? new Set()).add(side));
    };
    for (const key of new Set([...ut.keys(), ...um.keys(), ...ub.keys()])) {
      const [vb, vm, vt] = [ub.get(key) ?? null, um.get(key) ?? null, ut.get(key) ?? null];
      const iChanged = !sameValue(vb, vm);
      const theyChanged = !sameValue(vb, vt);
      if (!theyChanged || !iChanged || sameValue(vm, vt)) {
        merged.set(key, theyChanged ? vt : vm);
        if (iChanged || theyChanged) note(key, !theyChanged ? 'mine' : !iChanged ? 'theirs' : 'same');
        continue;
      }
      const conflict: MergeConflict = {
        key,
        field,
        kind: CONFLICT_KIND[strategy],
        language: strategy === 'text' ? (key.slice(field.length + 1) as Language) : null,
        base: vb,
        mine: vm,
        theirs: vt,
      };
      conflicts.push(conflict);
      const resolution = resolutions[key];
      if (!isResolved(conflict, resolution) || resolution?.keep === 'theirs') merged.set(key, vt);
      else if (resolution?.keep === 'mine') merged.set(key, vm);
      else if (resolution?.keep === 'edited')
        merged.set(key, resolution.text === '' ? null : resolution.text);
    }
    for (const [language, found] of sides) {
      const side = found.size === 1 ? [...found][0] : 'combined';
      if (side) kept.push({ field, language, side });
    }
    // A field only one side changed is taken whole, so it is exactly that side's (order and all).
    if (sameValue(b, t)) data[field] = m;
    else if (sameValue(b, m) || sameValue(m, t)) data[field] = t;
    else data[field] = buildField(field, merged, m, t);
  }
  kept.sort(
    (x, y) =>
      INITIATIVE_FIELDS.indexOf(x.field) - INITIATIVE_FIELDS.indexOf(y.field) ||
      LANGUAGES.indexOf(x.language ?? 'fi') - LANGUAGES.indexOf(y.language ?? 'fi'),
  );
  return { data: data as InitiativeData, conflicts, kept };
}
