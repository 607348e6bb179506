import { INITIATIVE_FIELDS, type InitiativeData, type InitiativeField } from './initiative.ts';

/** Fields of an initiative's history: the editable ones and the prioritisation written by imports and the board. */
export type InitiativeAuditField = InitiativeField | 'rank' | 'scores';

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
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
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

export interface RebaseResult {
  data: InitiativeData;
  /** Fields both people changed; the user's value wins, but the UI points them out. */
  overlapping: InitiativeField[];
}

/**
 * Re-applies a user's edit on top of someone else's newer version: every field the user
 * changed (relative to the version they started from) takes the user's value, every other
 * field keeps the newer value. Nothing the other person did is lost silently.
 */
export function rebaseEdit(base: InitiativeData, mine: InitiativeData, theirs: InitiativeData): RebaseResult {
  const merged = { ...theirs } as Record<InitiativeField, unknown>;
  const overlapping: InitiativeField[] = [];
  for (const field of INITIATIVE_FIELDS) {
    if (sameValue(base[field], mine[field])) continue;
    merged[field] = mine[field];
    if (!sameValue(base[field], theirs[field]) && !sameValue(mine[field], theirs[field]))
      overlapping.push(field);
  }
  return { data: merged as InitiativeData, overlapping };
}
