import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INITIATIVE_FIELDS,
  type Initiative,
  type InitiativeData,
  initiativeInputSchema,
  toInitiativeData,
} from './initiative.ts';
import {
  canonicalJson,
  diffInitiativeData,
  type MergeConflict,
  mergeEdit,
  mergeUnits,
  type Resolution,
  sameValue,
} from './initiative-changes.ts';

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

/**
 * Records shaped like real ones, each part drawn from a small pool, so that two independent
 * draws often agree and often differ in the same unit: the cases a merge must get right.
 */
const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const textArbitrary = fc.record({
  fi: pick('Hanke', 'Uusi hanke'),
  sv: pick(null, 'Projekt'),
  en: pick(null, 'Initiative', 'Project'),
});
const healthArbitrary = fc.record({
  rating: pick('green', 'amber', 'red', 'not_assessed'),
  reason: pick(null, 'resurssit niukat', 'budjetti hyväksytty'),
  assessedOn: pick(null, '2025-01-01'),
  assessedBy: pick(null, 'Demo Editor'),
});
const subset = <T>(...values: T[]) => fc.subarray(values);
const milestoneArbitrary = fc.record({
  title: pick('Lausunnot', 'HE', 'Voimaan'),
  dueDate: pick('2025-03-01', '2025-09-01'),
  doneAt: pick(null, '2025-03-04'),
});
const impactArbitrary = fc.record({
  euActId: pick('0b9c6f1e-1111-4c1d-9e2a-000000000001', '0b9c6f1e-1111-4c1d-9e2a-000000000002'),
  relation: pick('implements', 'influences'),
  deadline: pick(null, '2026-08-02'),
  note: pick(null, 'kansallinen valvoja', 'lausunto annettu'),
});
const linkArbitrary = fc.record({
  label: pick('Hankeikkuna', 'Lausuntopalvelu'),
  url: pick('https://a.example', 'https://b.example', 'https://c.example'),
});
const realData = fc.record({
  projectNumber: pick(null, 'LVM046:00/2024'),
  caseNumbers: subset('VN/1/2024', 'VN/2/2024', 'VN/3/2024'),
  title: textArbitrary,
  summary: textArbitrary,
  kind: pick('development_project', 'law_drafting'),
  track: pick('digitalisation_data_economy', 'public_administration'),
  themes: subset('ai', 'data_economy', 'cybersecurity'),
  leadMinistry: pick('LVM', 'VM'),
  participatingMinistries: subset('TEM', 'OM', 'STM'),
  status: pick('planned', 'ongoing', 'paused'),
  preparationStage: pick(null, 'consultation'),
  ministryHealth: healthArbitrary,
  digitoimistoHealth: healthArbitrary,
  startDate: pick(null, '2025-01-01'),
  endDate: pick(null, '2026-12-31'),
  budgetCents: pick(null, 100_000_00, 250_000_00),
  fundingSources: subset('national_budget', 'eu_rrf', 'cef'),
  contact: pick(null, { name: 'Maija', email: null }, { name: 'Matti', email: 'matti@example.fi' }),
  links: fc.array(linkArbitrary, { maxLength: 3 }),
  milestones: fc.array(milestoneArbitrary, { maxLength: 3 }),
  euImpacts: fc.uniqueArray(impactArbitrary, { maxLength: 3, selector: (i) => `${i.euActId}:${i.relation}` }),
}) as unknown as fc.Arbitrary<InitiativeData>;

/** Three versions: often the same as the base in a field, often changed, by one side or both. */
const threeVersions = fc
  .tuple(realData, realData, realData, fc.func(fc.boolean()), fc.func(fc.boolean()))
  .map(([base, a, b, keepA, keepB]) => {
    const derive = (other: InitiativeData, keep: (f: string) => boolean) =>
      Object.fromEntries(
        INITIATIVE_FIELDS.map((f) => [f, keep(f) ? field(base, f) : field(other, f)]),
      ) as unknown as InitiativeData;
    return { base, mine: derive(a, keepA), theirs: derive(b, keepB) };
  });

const changedUnits = (base: InitiativeData, version: InitiativeData) => {
  const before = mergeUnits(base);
  const after = mergeUnits(version);
  return [...new Set([...before.keys(), ...after.keys()])].filter(
    (key) => !sameValue(before.get(key), after.get(key)),
  );
};
const resolveAll = (conflicts: MergeConflict[], keep: 'mine' | 'theirs') =>
  Object.fromEntries(conflicts.map((c) => [c.key, { keep } satisfies Resolution]));

describe('mergeEdit', () => {
  it('never drops a change silently: every unit either side changed is in the result or reported', () => {
    fc.assert(
      fc.property(threeVersions, ({ base, mine, theirs }) => {
        const { data, conflicts } = mergeEdit(base, mine, theirs);
        const result = mergeUnits(data);
        const conflicting = new Set(conflicts.map((c) => c.key));
        for (const [version, key] of [
          ...changedUnits(base, mine).map((k) => [mine, k] as const),
          ...changedUnits(base, theirs).map((k) => [theirs, k] as const),
        ]) {
          if (conflicting.has(key)) continue;
          expect(result.get(key) ?? null, key).toEqual(mergeUnits(version).get(key) ?? null);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reports as conflicts exactly the units both changed to different values, with all three values', () => {
    fc.assert(
      fc.property(threeVersions, ({ base, mine, theirs }) => {
        const { conflicts } = mergeEdit(base, mine, theirs);
        const [ub, um, ut] = [mergeUnits(base), mergeUnits(mine), mergeUnits(theirs)];
        const mineChanged = new Set(changedUnits(base, mine));
        const expected = changedUnits(base, theirs).filter(
          (key) => mineChanged.has(key) && !sameValue(um.get(key), ut.get(key)),
        );
        expect(conflicts.map((c) => c.key).sort()).toEqual(expected.sort());
        for (const c of conflicts) {
          expect(c.base).toEqual(ub.get(c.key) ?? null);
          expect(c.mine).toEqual(um.get(c.key) ?? null);
          expect(c.theirs).toEqual(ut.get(c.key) ?? null);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives mine when nobody else changed anything, theirs when I changed nothing, and x when both made x', () => {
    fc.assert(
      fc.property(threeVersions, ({ base, mine, theirs }) => {
        const alone = mergeEdit(base, mine, base);
        expect(alone.conflicts).toEqual([]);
        expect(canonicalJson(alone.data)).toBe(canonicalJson(mine));
        const untouched = mergeEdit(base, base, theirs);
        expect(untouched.conflicts).toEqual([]);
        expect(canonicalJson(untouched.data)).toBe(canonicalJson(theirs));
        const same = mergeEdit(base, mine, mine);
        expect(same.conflicts).toEqual([]);
        expect(canonicalJson(same.data)).toBe(canonicalJson(mine));
      }),
    );
  });

  it('is symmetric: swapping the two people swaps the sides and nothing else', () => {
    fc.assert(
      fc.property(threeVersions, ({ base, mine, theirs }) => {
        const forward = mergeEdit(base, mine, theirs);
        const backward = mergeEdit(base, theirs, mine);
        // Items come in the current version's order, so conflicts over items may too.
        const byKey = (a: MergeConflict, b: MergeConflict) => a.key.localeCompare(b.key);
        expect([...backward.conflicts].sort(byKey)).toEqual(
          forward.conflicts.map((c) => ({ ...c, mine: c.theirs, theirs: c.mine })).sort(byKey),
        );
        // Lists may come in another order; their units are the same.
        const mineWins = mergeEdit(base, mine, theirs, resolveAll(forward.conflicts, 'mine'));
        const sameAsTheirs = mergeEdit(base, theirs, mine, resolveAll(backward.conflicts, 'theirs'));
        expect(Object.fromEntries(mergeUnits(sameAsTheirs.data))).toEqual(
          Object.fromEntries(mergeUnits(mineWins.data)),
        );
        const swap = { mine: 'theirs', theirs: 'mine', same: 'same', combined: 'combined' } as const;
        expect(backward.kept).toEqual(forward.kept.map((k) => ({ ...k, side: swap[k.side] })));
      }),
    );
  });

  it('applies each resolution to its unit and leaves the rest as merged', () => {
    fc.assert(
      fc.property(threeVersions, ({ base, mine, theirs }) => {
        const { conflicts } = mergeEdit(base, mine, theirs);
        const resolutions = Object.fromEntries(
          conflicts.map((c, i): [string, Resolution] => [
            c.key,
            c.kind === 'text' && i % 3 === 0
              ? { keep: 'edited', text: 'Yhdistetty' }
              : { keep: i % 2 ? 'mine' : 'theirs' },
          ]),
        );
        const result = mergeUnits(mergeEdit(base, mine, theirs, resolutions).data);
        for (const c of conflicts) {
          const r = resolutions[c.key];
          const expected = r?.keep === 'edited' ? 'Yhdistetty' : r?.keep === 'mine' ? c.mine : c.theirs;
          expect(result.get(c.key) ?? null, c.key).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the shape of a record: every merge of valid records parses again', () => {
    fc.assert(
      fc.property(threeVersions, ({ base, mine, theirs }) => {
        const { data, conflicts } = mergeEdit(base, mine, theirs, {});
        expect(Object.keys(data).sort()).toEqual([...INITIATIVE_FIELDS].sort());
        const once = mergeEdit(base, mine, theirs, resolveAll(conflicts, 'mine')).data;
        expect(() => initiativeInputSchema.parse({ ...once, preparationStage: null })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe('mergeEdit, by example', () => {
  const base = initiativeInputSchema.parse({
    title: { fi: 'Datatalouden hanke' },
    summary: { fi: 'Hanke kokoaa työn yhteen.', sv: 'Projektet samlar arbetet.' },
    kind: 'development_project',
    track: 'digitalisation_data_economy',
    leadMinistry: 'LVM',
    status: 'planned',
    themes: ['ai'],
    milestones: [
      { title: 'Lausunnot', dueDate: '2025-03-01' },
      { title: 'HE', dueDate: '2025-09-01' },
    ],
  });

  it('shows both summaries when both people edited the Finnish one, and keeps their other changes', () => {
    const theirs: InitiativeData = {
      ...base,
      status: 'ongoing',
      summary: {
        ...base.summary,
        fi: 'Hanke kokoaa työn yhteen. Alicen lause.',
        sv: 'Projektet samlar allt.',
      },
      themes: ['ai', 'cybersecurity'],
    };
    const mine: InitiativeData = {
      ...base,
      summary: { ...base.summary, fi: 'Hanke kokoaa työn yhteen. Bobin lause.' },
      themes: ['ai', 'data_economy'],
    };
    const merged = mergeEdit(base, mine, theirs);
    expect(merged.conflicts).toEqual([
      {
        key: 'summary.fi',
        field: 'summary',
        kind: 'text',
        language: 'fi',
        base: 'Hanke kokoaa työn yhteen.',
        mine: 'Hanke kokoaa työn yhteen. Bobin lause.',
        theirs: 'Hanke kokoaa työn yhteen. Alicen lause.',
      },
    ]);
    expect(merged.kept).toEqual([
      { field: 'summary', language: 'sv', side: 'theirs' },
      { field: 'themes', language: null, side: 'combined' },
      { field: 'status', language: null, side: 'theirs' },
    ]);
    // Until the user decides, the current text stays; nothing of theirs is replaced.
    expect(merged.data.summary.fi).toBe('Hanke kokoaa työn yhteen. Alicen lause.');
    expect(merged.data.themes).toEqual(['ai', 'cybersecurity', 'data_economy']);
    expect(merged.data.status).toBe('ongoing');

    const combined = 'Hanke kokoaa työn yhteen. Alicen lause. Bobin lause.';
    const resolved = mergeEdit(base, mine, theirs, { 'summary.fi': { keep: 'edited', text: combined } });
    expect(resolved.data.summary).toEqual({ fi: combined, sv: 'Projektet samlar allt.', en: null });
  });

  it('merges different milestones, and makes one changed by me and removed by them a conflict', () => {
    const theirs = {
      ...base,
      milestones: [
        { title: 'HE', dueDate: '2025-10-15', doneAt: null },
        { title: 'Voimaan', dueDate: '2026-01-01', doneAt: null },
      ],
    };
    const mine = {
      ...base,
      milestones: [
        { title: 'Lausunnot', dueDate: '2025-03-01', doneAt: '2025-03-04' },
        { title: 'HE', dueDate: '2025-09-01', doneAt: null },
        { title: 'Tiedote', dueDate: '2025-04-01', doneAt: null },
      ],
    };
    const merged = mergeEdit(base, mine, theirs);
    expect(merged.conflicts.map((c) => [c.key, c.kind, c.mine, c.theirs])).toEqual([
      ['milestones[Lausunnot]', 'item', [mine.milestones[0]], null],
    ]);
    expect(merged.data.milestones.map((m) => m.title)).toEqual(['HE', 'Voimaan', 'Tiedote']);
    const mineKept = mergeEdit(base, mine, theirs, { 'milestones[Lausunnot]': { keep: 'mine' } });
    expect(mineKept.data.milestones.map((m) => m.title)).toEqual(['HE', 'Voimaan', 'Lausunnot', 'Tiedote']);
  });

  it('treats an assessment as its rating and reason, with the current date and author', () => {
    const theirs = {
      ...base,
      ministryHealth: {
        rating: 'red' as const,
        reason: 'budjetti puuttuu',
        assessedOn: '2025-05-01',
        assessedBy: 'A',
      },
    };
    const mine = { ...base, ministryHealth: { ...base.ministryHealth, rating: 'amber' as const } };
    const merged = mergeEdit(base, mine, theirs, { ministryHealth: { keep: 'mine' } });
    expect(merged.conflicts.map((c) => [c.key, c.mine, c.theirs])).toEqual([
      ['ministryHealth', { rating: 'amber', reason: null }, { rating: 'red', reason: 'budjetti puuttuu' }],
    ]);
    expect(merged.data.ministryHealth).toEqual({
      rating: 'amber',
      reason: null,
      assessedOn: '2025-05-01',
      assessedBy: 'A',
    });
  });

  it('does not take an edited text for a conflict that is not about text', () => {
    const theirs = { ...base, status: 'ongoing' as const };
    const mine = { ...base, status: 'paused' as const };
    const merged = mergeEdit(base, mine, theirs, { status: { keep: 'edited', text: 'x' } });
    expect(merged.data.status).toBe('ongoing');
  });
});

describe('toInitiativeData', () => {
  it('keeps exactly the editable fields, without act names', () => {
    const impact = { euActId: 'a', relation: 'implements' as const, deadline: null, note: null };
    const data = { ...base(), euImpacts: [impact] };
    const initiative: Initiative = {
      ...data,
      id: 'x',
      version: 3,
      tier: 'high',
      rank: 'a0',
      scores: { societal_impact: 3 },
      priorityVersion: 2,
      weightedScore: 50,
      euImpacts: [{ ...impact, euActShortName: 'AI Act' }],
      nearestEuDeadline: null,
      archivedAt: null,
      createdAt: new Date(),
      updatedAt: new Date(),
      createdBy: null,
      updatedBy: null,
    };
    expect(toInitiativeData(initiative)).toEqual(data);
  });
});

function base(): InitiativeData {
  return initiativeInputSchema.parse({
    projectNumber: 'LVM046:00/2024',
    title: { fi: 'Hanke' },
    summary: { fi: 'Kuvaus' },
    kind: 'development_project',
    track: 'digitalisation_data_economy',
    leadMinistry: 'LVM',
    status: 'ongoing',
  });
}
