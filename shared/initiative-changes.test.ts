import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INITIATIVE_FIELDS, type InitiativeData, initiativeInputSchema } from './initiative.ts';
import { canonicalJson, diffInitiativeData, rebaseEdit, sameValue } from './initiative-changes.ts';

/**
 * The functions treat every field as an opaque JSON value, so a small pool of values per
 * field is enough, and small pools make the interesting cases (equal, both changed) common.
 */
const valuePool = fc.constantFrom<unknown>(
  null,
  'a',
  'b',
  0,
  1,
  [],
  ['x'],
  ['x', 'y'],
  { fi: 'Hanke', sv: null },
  { fi: 'Projekt', sv: 'Projekt' },
);
const dataArbitrary = fc.record(
  Object.fromEntries(INITIATIVE_FIELDS.map((field) => [field, valuePool])) as Record<
    (typeof INITIATIVE_FIELDS)[number],
    fc.Arbitrary<unknown>
  >,
) as unknown as fc.Arbitrary<InitiativeData>;

/** A deep copy with every object's keys in reverse order: equal in meaning, different in bytes. */
function reorderKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorderKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reorderKeys(v)]),
    );
  }
  return value;
}

const field = (data: InitiativeData, name: string) => (data as unknown as Record<string, unknown>)[name];

describe('diffInitiativeData', () => {
  it('finds nothing between a record and itself, or a copy with its keys reordered', () => {
    fc.assert(
      fc.property(dataArbitrary, (x) => {
        expect(diffInitiativeData(x, x)).toEqual([]);
        expect(diffInitiativeData(x, reorderKeys(x) as InitiativeData)).toEqual([]);
      }),
    );
  });

  it('lists exactly the fields that differ, with their values before and after, in reading order', () => {
    fc.assert(
      fc.property(dataArbitrary, dataArbitrary, (a, b) => {
        const changes = diffInitiativeData(a, b);
        const expected = INITIATIVE_FIELDS.filter(
          (f) => canonicalJson(field(a, f)) !== canonicalJson(field(b, f)),
        );
        expect(changes.map((c) => c.field)).toEqual(expected);
        for (const change of changes) {
          expect(change.before).toEqual(field(a, change.field));
          expect(change.after).toEqual(field(b, change.field));
        }
      }),
    );
  });

  it('is the mirror image when the versions swap places', () => {
    fc.assert(
      fc.property(dataArbitrary, dataArbitrary, (a, b) => {
        const forward = diffInitiativeData(a, b);
        const backward = diffInitiativeData(b, a);
        expect(backward).toEqual(
          forward.map(({ field, before, after }) => ({ field, before: after, after: before })),
        );
      }),
    );
  });

  it('reports a real edit of a parsed initiative field by field', () => {
    const base = initiativeInputSchema.parse({
      title: { fi: 'Datatalouden hanke' },
      summary: { fi: 'Tiivistelmä' },
      kind: 'development_project',
      track: 'digitalisation_data_economy',
      leadMinistry: 'LVM',
      status: 'planned',
    });
    const edited = initiativeInputSchema.parse({
      ...base,
      status: 'ongoing',
      themes: ['ai', 'data_economy'],
    });
    expect(diffInitiativeData(base, edited)).toEqual([
      { field: 'themes', before: [], after: ['ai', 'data_economy'] },
      { field: 'status', before: 'planned', after: 'ongoing' },
    ]);
  });

  it('treats a missing value and null as the same', () => {
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });
});

describe('rebaseEdit', () => {
  it('gives every field I changed my value and every field I left alone their value', () => {
    fc.assert(
      fc.property(dataArbitrary, dataArbitrary, dataArbitrary, (base, mine, theirs) => {
        const { data } = rebaseEdit(base, mine, theirs);
        for (const f of INITIATIVE_FIELDS) {
          const iChanged = !sameValue(field(base, f), field(mine, f));
          expect(sameValue(field(data, f), iChanged ? field(mine, f) : field(theirs, f))).toBe(true);
        }
      }),
    );
  });

  it('reports as overlapping exactly the fields both changed to different values', () => {
    fc.assert(
      fc.property(dataArbitrary, dataArbitrary, dataArbitrary, (base, mine, theirs) => {
        const { overlapping } = rebaseEdit(base, mine, theirs);
        const expected = INITIATIVE_FIELDS.filter(
          (f) =>
            !sameValue(field(base, f), field(mine, f)) &&
            !sameValue(field(base, f), field(theirs, f)) &&
            !sameValue(field(mine, f), field(theirs, f)),
        );
        expect(overlapping).toEqual(expected);
      }),
    );
  });

  it('with no edit of mine gives theirs; with no edit of theirs gives mine; never an overlap', () => {
    fc.assert(
      fc.property(dataArbitrary, dataArbitrary, (base, other) => {
        const nothingOfMine = rebaseEdit(base, base, other);
        expect(diffInitiativeData(nothingOfMine.data, other)).toEqual([]);
        expect(nothingOfMine.overlapping).toEqual([]);
        const nothingOfTheirs = rebaseEdit(base, other, base);
        expect(diffInitiativeData(nothingOfTheirs.data, other)).toEqual([]);
        expect(nothingOfTheirs.overlapping).toEqual([]);
      }),
    );
  });

  it('keeps their status change while applying my title change, and flags a shared field', () => {
    const base = {
      ...fc.sample(dataArbitrary, { seed: 1, numRuns: 1 })[0],
      title: 'a',
      status: 'a',
      tier: 'a',
    } as unknown as InitiativeData;
    const mine = { ...base, title: 'b', tier: 'b' } as unknown as InitiativeData;
    const theirs = { ...base, status: 'b', tier: 'x' } as unknown as InitiativeData;
    const { data, overlapping } = rebaseEdit(base, mine, theirs);
    expect(field(data, 'title')).toBe('b');
    expect(field(data, 'status')).toBe('b');
    expect(field(data, 'tier')).toBe('b');
    expect(overlapping).toEqual(['tier']);
  });
});
