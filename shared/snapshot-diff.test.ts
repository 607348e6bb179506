import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evenRanks } from './board-rank.ts';
import type { EuImpact } from './eu-impact.ts';
import type { HealthAssessment } from './health.ts';
import type { Milestone } from './milestone.ts';
import { type DiffInput, diffPortfolios, euImpactEvents, milestoneEvents } from './snapshot-diff.ts';

const AI_ACT = '0b9c6f1e-1111-4c1d-9e2a-000000000001';
const EIDAS = '0b9c6f1e-1111-4c1d-9e2a-000000000002';

const health = (rating: HealthAssessment['rating'], reason: string | null = null): HealthAssessment => ({
  rating,
  reason,
  assessedOn: '2026-10-01',
  assessedBy: 'Demo Editor (LVM)',
});
const milestone = (title: string, dueDate: string, doneAt: string | null = null): Milestone => ({
  title,
  dueDate,
  doneAt,
});
const impact = (over: Partial<EuImpact> = {}): EuImpact => ({
  euActId: AI_ACT,
  euActShortName: 'AI Act',
  relation: 'implements',
  deadline: '2026-08-02',
  note: null,
  ...over,
});

let serial = 0;
/** An initiative with every diffed field set; ids are unique unless given. */
function initiative(over: Partial<DiffInput> = {}): DiffInput {
  serial++;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    title: { fi: `Hanke ${serial}`, sv: null, en: null },
    leadMinistry: 'LVM',
    status: 'ongoing',
    preparationStage: 'consultation',
    ministryHealth: health('green'),
    digitoimistoHealth: health('amber', 'resurssit niukat'),
    tier: 'high',
    rank: 'a0',
    startDate: '2025-01-01',
    endDate: '2027-12-31',
    budgetCents: 1_234_567_00,
    euImpacts: [impact()],
    milestones: [milestone('Lausuntokierros', '2027-03-01'), milestone('HE eduskuntaan', '2027-09-01')],
    archivedAt: null,
    ...over,
  };
}

/** The same initiative in a later picture, with some fields changed. */
const later = (item: DiffInput, over: Partial<DiffInput>): DiffInput => ({
  ...structuredClone(item),
  ...over,
});

const ZERO_SUMMARY = {
  added: 0,
  removed: 0,
  changed: 0,
  movedToRed: 0,
  leftRed: 0,
  completed: 0,
  tierChanged: 0,
  milestonesDone: 0,
  milestonesSlipped: 0,
};

/** The changes of the one initiative of a before/after pair. */
function changesOf(before: DiffInput, after: DiffInput) {
  const diff = diffPortfolios([before], [after], 'fi');
  expect(diff.added).toEqual([]);
  expect(diff.removed).toEqual([]);
  return diff.changed[0] ?? null;
}

describe('diffPortfolios: no change', () => {
  it('is empty, with a zero summary, between a picture and itself or its copy read back from JSON', () => {
    const side = [
      initiative({ title: { fi: 'Älykäs liikenne', sv: 'Smart trafik', en: null } }),
      initiative({ title: { fi: '=HYPERLINK("x")', sv: null, en: null }, rank: null, tier: 'unprioritised' }),
      initiative({ archivedAt: new Date('2026-01-01T00:00:00Z') }),
    ];
    const readBack = JSON.parse(JSON.stringify(side)) as DiffInput[];
    for (const other of [side, readBack]) {
      expect(diffPortfolios(side, other, 'fi')).toEqual({
        added: [],
        removed: [],
        changed: [],
        summary: ZERO_SUMMARY,
      });
    }
    expect(diffPortfolios([], [], 'en').summary).toEqual(ZERO_SUMMARY);
  });

  it('ignores the stamps of an assessment and a reordering of milestones and EU impacts', () => {
    const item = initiative({ euImpacts: [impact(), impact({ euActId: EIDAS, euActShortName: 'eIDAS 2' })] });
    const restamped = later(item, {
      digitoimistoHealth: { ...item.digitoimistoHealth, assessedOn: '2026-11-30', assessedBy: 'Toinen' },
      milestones: [...item.milestones].reverse(),
      euImpacts: [...item.euImpacts].reverse(),
    });
    expect(changesOf(item, restamped)).toBeNull();
  });
});

describe('diffPortfolios: fields', () => {
  it('reports each plain field with its value before and after, in reading order', () => {
    const item = initiative();
    const after = later(item, {
      budgetCents: null,
      startDate: '2025-02-01',
      status: 'paused',
      preparationStage: 'further_preparation',
      endDate: '2028-06-30',
    });
    expect(changesOf(item, after)?.changes).toEqual([
      { field: 'status', before: 'ongoing', after: 'paused' },
      { field: 'preparationStage', before: 'consultation', after: 'further_preparation' },
      { field: 'startDate', before: '2025-01-01', after: '2025-02-01' },
      { field: 'endDate', before: '2027-12-31', after: '2028-06-30' },
      { field: 'budgetCents', before: 1_234_567_00, after: null },
    ]);
  });

  it('reports a new rating with the whole assessment, and a new reason under the same rating', () => {
    const item = initiative();
    const redder = later(item, { digitoimistoHealth: health('red', 'sertifiointi viivästyy') });
    expect(changesOf(item, redder)?.changes).toEqual([
      { field: 'digitoimistoHealth', before: item.digitoimistoHealth, after: redder.digitoimistoHealth },
    ]);
    const reasoned = later(item, { ministryHealth: health('green', 'budjetti hyväksytty') });
    const change = changesOf(item, reasoned)?.changes;
    expect(change).toEqual([
      { field: 'ministryHealth', before: item.ministryHealth, after: reasoned.ministryHealth },
    ]);
  });

  it('reports a tier change as a tier change only, whatever the rank did', () => {
    const item = initiative({ tier: 'high', rank: 'a0' });
    const moved = later(item, { tier: 'critical', rank: 'Zz' });
    expect(changesOf(item, moved)?.changes).toEqual([{ field: 'tier', before: 'high', after: 'critical' }]);
  });

  it('reports a move within the tier as a rank change with the places on the board', () => {
    const [k0, k1, k2] = evenRanks(3) as [string, string, string];
    const [a, b, c] = [initiative({ rank: k0 }), initiative({ rank: k1 }), initiative({ rank: k2 })];
    // c moves to the top: a new key before a's.
    const cUp = later(c, { rank: 'Zz' });
    const diff = diffPortfolios([a, b, c], [a, b, cUp], 'fi');
    expect(diff.changed.map((d) => [d.id, d.changes])).toEqual([
      [c.id, [{ field: 'rank', before: k2, after: 'Zz', tier: 'high', beforePosition: 3, afterPosition: 1 }]],
    ]);
    expect(diff.summary.tierChanged).toBe(0);
  });

  it('says nothing when a tier is given fresh keys in the same order', () => {
    const old = ['a0', 'a0V', 'a0l'];
    const fresh = evenRanks(3);
    const before = old.map((rank) => initiative({ rank }));
    const after = before.map((item, i) => later(item, { rank: fresh[i] ?? null }));
    expect(diffPortfolios(before, after, 'fi').changed).toEqual([]);
  });
});

describe('diffPortfolios: added and removed', () => {
  it('lists initiatives in one picture only, in title order of the language', () => {
    const kept = initiative();
    const gone = initiative({ title: { fi: 'Öljyvahinkojen torjunta', sv: 'Oljeskydd', en: null } });
    const newA = initiative({ title: { fi: 'Ääniohjaus', sv: 'Röststyrning', en: 'Voice control' } });
    const newB = initiative({ title: { fi: 'Zeta-alusta', sv: null, en: null } });
    const diff = diffPortfolios([kept, gone], [newA, kept, newB], 'fi');
    // Finnish: ä after z.
    expect(diff.added.map((i) => i.title.fi)).toEqual(['Zeta-alusta', 'Ääniohjaus']);
    expect(diff.added.every((i) => i.archived === false)).toBe(true);
    expect(diff.removed).toEqual([
      { id: gone.id, title: gone.title, leadMinistry: 'LVM', status: 'ongoing', archived: false },
    ]);
    expect(diff.changed).toEqual([]);
    expect(diff.summary).toEqual({ ...ZERO_SUMMARY, added: 2, removed: 1 });
    // English: Swedish titles are not used, ä sorts as a; the Finnish title stands in.
    expect(diffPortfolios([], [newA, newB], 'en').added.map((i) => i.title.fi)).toEqual([
      'Ääniohjaus',
      'Zeta-alusta',
    ]);
  });

  it('counts an initiative archived on one side and active on the other as removed or added', () => {
    const item = initiative();
    const archived = later(item, { archivedAt: '2026-11-02T10:00:00.000Z', status: 'cancelled' });
    const archiving = diffPortfolios([item], [archived], 'fi');
    expect(archiving.removed).toEqual([
      { id: item.id, title: item.title, leadMinistry: 'LVM', status: 'ongoing', archived: true },
    ]);
    expect(archiving.changed).toEqual([]);
    const restoring = diffPortfolios([archived], [item], 'fi');
    expect(restoring.added.map((i) => [i.id, i.archived])).toEqual([[item.id, true]]);
    expect(restoring.removed).toEqual([]);
    expect(diffPortfolios([archived], [later(archived, { status: 'completed' })], 'fi').changed).toEqual([]);
  });
});

describe('milestoneEvents', () => {
  it('tells done, reopened, slipped, advanced, added and removed milestones', () => {
    const before = [
      milestone('Lausuntokierros', '2027-03-01'),
      milestone('Arviomuistio', '2027-01-15', '2027-01-10'),
      milestone('HE eduskuntaan', '2027-09-01'),
      milestone('Työryhmä asetettu', '2026-10-01'),
      milestone('Vanha', '2026-05-01'),
    ];
    const after = [
      milestone('Lausuntokierros', '2027-06-01'),
      milestone('Arviomuistio', '2027-01-15'),
      milestone('HE eduskuntaan', '2027-08-15'),
      milestone('Työryhmä asetettu', '2026-10-01', '2026-09-28'),
      milestone('Voimaantulo', '2028-01-01'),
    ];
    expect(milestoneEvents(before, after)).toEqual([
      {
        kind: 'slipped',
        title: 'Lausuntokierros',
        before: { dueDate: '2027-03-01', doneAt: null },
        after: { dueDate: '2027-06-01', doneAt: null },
      },
      {
        kind: 'reopened',
        title: 'Arviomuistio',
        before: { dueDate: '2027-01-15', doneAt: '2027-01-10' },
        after: { dueDate: '2027-01-15', doneAt: null },
      },
      {
        kind: 'advanced',
        title: 'HE eduskuntaan',
        before: { dueDate: '2027-09-01', doneAt: null },
        after: { dueDate: '2027-08-15', doneAt: null },
      },
      {
        kind: 'done',
        title: 'Työryhmä asetettu',
        before: { dueDate: '2026-10-01', doneAt: null },
        after: { dueDate: '2026-10-01', doneAt: '2026-09-28' },
      },
      { kind: 'added', title: 'Voimaantulo', before: null, after: { dueDate: '2028-01-01', doneAt: null } },
      { kind: 'removed', title: 'Vanha', before: { dueDate: '2026-05-01', doneAt: null }, after: null },
    ]);
  });

  it('pairs milestones of the same title by position, and tells a slip and completion together', () => {
    const before = [milestone('Raportti', '2026-03-01'), milestone('Raportti', '2026-09-01')];
    const after = [milestone('Raportti', '2026-04-01', '2026-04-01'), milestone('Raportti', '2026-09-01')];
    expect(milestoneEvents(before, after).map((e) => e.kind)).toEqual(['slipped', 'done']);
    expect(milestoneEvents(before, before.slice(0, 1)).map((e) => [e.kind, e.before?.dueDate])).toEqual([
      ['removed', '2026-09-01'],
    ]);
  });

  it('leaves a corrected done date alone', () => {
    const before = [milestone('Raportti', '2026-03-01', '2026-02-27')];
    expect(milestoneEvents(before, [milestone('Raportti', '2026-03-01', '2026-02-28')])).toEqual([]);
  });
});

describe('euImpactEvents', () => {
  it('tells added, removed and changed impacts by act and relation', () => {
    const before = [
      impact(),
      impact({ relation: 'influences', deadline: null }),
      impact({ euActId: EIDAS, euActShortName: 'eIDAS 2' }),
    ];
    const after = [
      impact({ deadline: '2027-08-02' }),
      impact({ relation: 'influences', deadline: null, note: 'lausunto annettu' }),
      impact({ euActId: EIDAS, euActShortName: 'eIDAS 2', relation: 'affected_by' }),
    ];
    expect(euImpactEvents(before, after)).toEqual([
      {
        kind: 'changed',
        euAct: 'AI Act',
        relation: 'implements',
        before: { deadline: '2026-08-02', note: null },
        after: { deadline: '2027-08-02', note: null },
      },
      {
        kind: 'changed',
        euAct: 'AI Act',
        relation: 'influences',
        before: { deadline: null, note: null },
        after: { deadline: null, note: 'lausunto annettu' },
      },
      {
        kind: 'added',
        euAct: 'eIDAS 2',
        relation: 'affected_by',
        before: null,
        after: { deadline: '2026-08-02', note: null },
      },
      {
        kind: 'removed',
        euAct: 'eIDAS 2',
        relation: 'implements',
        before: { deadline: '2026-08-02', note: null },
        after: null,
      },
    ]);
  });

  it('takes a renamed act for the same act, by its id', () => {
    expect(euImpactEvents([impact()], [impact({ euActShortName: 'Tekoälyasetus' })])).toEqual([]);
  });

  it('puts the events and the lists into the initiative diff', () => {
    const item = initiative();
    const after = later(item, {
      milestones: [
        milestone('Lausuntokierros', '2027-03-01', '2027-02-20'),
        milestone('HE eduskuntaan', '2027-09-01'),
      ],
      euImpacts: [],
    });
    const diff = changesOf(item, after);
    expect(diff?.changes).toEqual([
      { field: 'euImpacts', before: item.euImpacts, after: [] },
      { field: 'milestones', before: item.milestones, after: after.milestones },
    ]);
    expect(diff?.milestoneEvents.map((e) => e.kind)).toEqual(['done']);
    expect(diff?.euImpactEvents.map((e) => e.kind)).toEqual(['removed']);
  });
});

describe('diffPortfolios: summary', () => {
  it('counts red moves, completions, tier changes and milestone events', () => {
    const items = Array.from({ length: 8 }, () => initiative());
    const [toRed, bothRed, fromRed, done, tier, slip, same, renamed] = items as [
      DiffInput,
      DiffInput,
      DiffInput,
      DiffInput,
      DiffInput,
      DiffInput,
      DiffInput,
      DiffInput,
    ];
    const redBefore = later(fromRed, { ministryHealth: health('red') });
    const after = [
      later(toRed, { digitoimistoHealth: health('red', 'sertifiointi viivästyy') }),
      later(bothRed, { ministryHealth: health('red'), digitoimistoHealth: health('red') }),
      fromRed,
      later(done, {
        status: 'completed',
        milestones: done.milestones.map((m) => ({ ...m, doneAt: '2026-11-30' })),
      }),
      later(tier, { tier: 'low' }),
      later(slip, {
        milestones: [milestone('Lausuntokierros', '2027-05-01'), milestone('HE eduskuntaan', '2027-10-01')],
      }),
      same,
      later(renamed, { title: { fi: 'Uusi nimi', sv: null, en: null } }),
      initiative(),
    ];
    const before = [toRed, bothRed, redBefore, done, tier, slip, same, renamed, initiative()];
    expect(diffPortfolios(before, after, 'fi').summary).toEqual({
      added: 1,
      removed: 1,
      changed: 6,
      movedToRed: 2,
      leftRed: 1,
      completed: 1,
      tierChanged: 1,
      milestonesDone: 2,
      milestonesSlipped: 2,
    });
  });
});

describe('diffPortfolios: properties', () => {
  const side = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 8 }).chain((ids) =>
    fc.tuple(
      ...ids.map((n) =>
        fc
          .record({
            status: fc.constantFrom('ongoing' as const, 'completed' as const),
            rating: fc.constantFrom('green' as const, 'red' as const),
            archived: fc.boolean(),
            due: fc.constantFrom('2027-01-01', '2027-06-01'),
          })
          .map(({ status, rating, archived, due }) =>
            initiative({
              id: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
              title: { fi: `Hanke ${n}`, sv: null, en: null },
              status,
              ministryHealth: health(rating),
              milestones: [milestone('Lausuntokierros', due)],
              archivedAt: archived ? '2026-01-01T00:00:00.000Z' : null,
            }),
          ),
      ),
    ),
  );

  it('is the mirror image when the pictures swap places', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const forward = diffPortfolios(a, b, 'fi');
        const backward = diffPortfolios(b, a, 'fi');
        expect(backward.added).toEqual(forward.removed);
        expect(backward.removed).toEqual(forward.added);
        expect(backward.changed.map((d) => d.id).sort()).toEqual(forward.changed.map((d) => d.id).sort());
        expect(backward.summary.movedToRed).toBe(forward.summary.leftRed);
        expect(diffPortfolios(a, a, 'fi').changed).toEqual([]);
      }),
    );
  });
});

describe('diffPortfolios: size', () => {
  it('diffs 10,000 initiatives against 10,000 in one pass', () => {
    const n = 10_000;
    const ranks = evenRanks(n);
    const before = Array.from({ length: n }, (_, i) =>
      initiative({ title: { fi: `Hanke ${i}`, sv: `Projekt ${i}`, en: null }, rank: ranks[i] ?? null }),
    );
    // Shallow copies: a deep copy of 10,000 initiatives would take longer than the diff.
    const after = before.map((item, i) => {
      if (i % 10 === 0) return { ...item, digitoimistoHealth: health('red', 'viive') };
      if (i % 10 === 1) return { ...item, milestones: [milestone('Lausuntokierros', '2027-04-01')] };
      if (i % 10 === 2) return { ...item, budgetCents: i };
      return { ...item };
    });
    after.splice(0, 100, ...Array.from({ length: 100 }, () => initiative()));
    const diff = diffPortfolios(before, after, 'sv');
    expect(diff.summary.added).toBe(100);
    expect(diff.summary.removed).toBe(100);
    expect(diff.summary.movedToRed).toBe(990);
    expect(diff.summary.changed).toBe(3 * 990);
  });
});
