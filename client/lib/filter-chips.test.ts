import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/codes.ts';
import { STATUSES } from '../../shared/codes.ts';
import {
  activeFilterCount,
  filterFromSearchParams,
  filterToSearchParams,
  type InitiativeFilter,
} from '../../shared/initiative-filter.ts';
import { MINISTRY_CODES } from '../../shared/ministry.ts';
import { catalogueTranslator as translator } from './catalogue-translator.ts';
import { chipLabels, filterChips } from './filter-chips.ts';

const AI_ACT = '0b9c6f1e-1111-4c1d-9e2a-000000000001';

const labels = (language: Language) =>
  chipLabels(translator(language), (ref) => (ref === AI_ACT || ref === 'AI-Act' ? 'AI Act' : undefined));

describe('filterChips', () => {
  it('gives one chip per chosen value, worded as the issue shows them', () => {
    const chips = filterChips({ ministries: ['LVM', 'VM'], statuses: ['ongoing'] }, labels('fi'));
    expect(chips.map((chip) => chip.label)).toEqual(['LVM', 'VM', 'Käynnissä']);
    expect(chips[0]?.without).toEqual({ ministries: ['VM'], statuses: ['ongoing'] });
    expect(chips[2]?.without).toEqual({ ministries: ['LVM', 'VM'], statuses: undefined });
  });

  it('names every kind of condition, in each language', () => {
    const filter: InitiativeFilter = {
      leadMinistries: ['TEM'],
      euActs: ['AI-Act'],
      health: ['red'],
      tiers: ['critical'],
      euDeadlineWithinDays: 90,
      late: true,
      assessmentsDisagree: true,
      text: 'tekoäly',
      archived: 'all',
    };
    expect(filterChips(filter, labels('fi')).map((chip) => chip.label)).toEqual([
      'Vastuu: TEM',
      'AI Act',
      'Tilannearvio: Punainen',
      'Prioriteetti: Kriittinen',
      'EU-määräaika 90 päivän kuluessa',
      'Myöhässä',
      'Arviot eroavat',
      'Haku ”tekoäly”',
      'Myös arkistoidut',
    ]);
    expect(filterChips(filter, labels('sv')).map((chip) => chip.label)).toContain(
      'EU-tidsfrist inom 90 dagar',
    );
    expect(filterChips(filter, labels('en')).map((chip) => chip.label)).toContain('Search “tekoäly”');
  });

  it('names cooperation bodies by the name it is given, and an unknown one as unknown', () => {
    const named = chipLabels(
      translator('fi'),
      () => undefined,
      (ref) => (ref === 'OECD-E-Leaders' ? 'OECD E-Leaders' : undefined),
    );
    const chips = filterChips({ bodies: ['OECD-E-Leaders', 'Gone'] }, named);
    expect(chips.map((chip) => chip.label)).toEqual([
      'Yhteistyöelin: OECD E-Leaders',
      'Yhteistyöelin: tuntematon',
    ]);
    expect(chips[0]?.without).toEqual({ bodies: ['Gone'] });
    const en = chipLabels(
      translator('en'),
      () => undefined,
      () => 'MR-DIGITAL',
    );
    expect(filterChips({ bodies: ['MR-DIGITAL'] }, en).map((chip) => chip.label)).toEqual([
      'Cooperation body: MR-DIGITAL',
    ]);
  });

  it('leaves out the defaults, which are no condition', () => {
    expect(filterChips({}, labels('fi'))).toEqual([]);
    expect(
      filterChips({ archived: 'active', assessmentsDisagree: false, statuses: [] }, labels('fi')),
    ).toEqual([]);
  });

  it('has exactly as many chips as conditions, each removing one, for any filter from a URL', () => {
    const anyFilter = fc
      .record(
        {
          ministry: fc.subarray([...MINISTRY_CODES]),
          status: fc.subarray([...STATUSES]),
          euWithin: fc.constantFrom('', '30', '365'),
          disagree: fc.boolean(),
          q: fc.constantFrom('', 'data', 'tekoäly'),
          archived: fc.constantFrom('', 'archived', 'all'),
        },
        { requiredKeys: [] },
      )
      .map((raw) => {
        const params = new URLSearchParams();
        if (raw.ministry?.length) params.set('ministry', raw.ministry.join(','));
        if (raw.status?.length) params.set('status', raw.status.join(','));
        if (raw.euWithin) params.set('euWithin', raw.euWithin);
        if (raw.disagree) params.set('disagree', '1');
        if (raw.q) params.set('q', raw.q);
        if (raw.archived) params.set('archived', raw.archived);
        return filterFromSearchParams(params).filter;
      });
    fc.assert(
      fc.property(anyFilter, (filter) => {
        const chips = filterChips(filter, labels('fi'));
        const values = (filter.ministries?.length ?? 0) + (filter.statuses?.length ?? 0);
        const others = activeFilterCount(filter) - (filter.ministries ? 1 : 0) - (filter.statuses ? 1 : 0);
        expect(chips).toHaveLength(values + others);
        expect(new Set(chips.map((chip) => chip.id)).size).toBe(chips.length);
        for (const chip of chips) {
          // Removing a chip leaves a filter the URL can hold, with one chip fewer.
          const again = filterFromSearchParams(filterToSearchParams(chip.without)).filter;
          expect(filterChips(again, labels('fi'))).toHaveLength(chips.length - 1);
        }
      }),
    );
  });
});
