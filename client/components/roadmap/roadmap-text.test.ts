import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/codes.ts';
import type { RoadmapInitiative } from '../../../shared/roadmap.ts';
import { catalogueTranslator } from '../../lib/catalogue-translator.ts';
import {
  barName,
  groupLabel,
  milestoneText,
  periodLabel,
  type RoadmapTextContext,
  tickLabels,
} from './roadmap-text.ts';

const ctx = (language: Language): RoadmapTextContext => ({
  t: catalogueTranslator(language),
  formatDate: (iso) => (iso ? iso.split('-').map(Number).reverse().join('.') : '–'),
  language,
});

const bar: RoadmapInitiative = {
  id: '00000000-0000-4000-8000-000000000001',
  title: { fi: 'Tekoälystrategia', en: 'AI strategy' },
  status: 'ongoing',
  startDate: '2021-09-01',
  endDate: '2027-12-31',
  tier: 'high',
  leadMinistry: 'LVM',
  milestones: [
    { title: 'Luonnos', dueDate: '2026-03-01', doneAt: null, overdue: true },
    { title: 'Valmis', dueDate: '2027-06-01', doneAt: null, overdue: false },
    { title: 'Aloitus', dueDate: '2021-09-01', doneAt: '2021-09-02', overdue: false },
  ],
};

describe('barName', () => {
  it('says the title first, then the dates, the status, the milestones and the overdue ones', () => {
    expect(barName(ctx('fi'), bar)).toBe(
      'Tekoälystrategia, 1.9.2021–31.12.2027, Käynnissä, 3 välitavoitetta, myöhässä: Luonnos (1.3.2026)',
    );
    expect(barName(ctx('en'), bar)).toBe(
      'AI strategy, 1.9.2021 – 31.12.2027, Ongoing, 3 milestones, overdue: Luonnos (1.3.2026)',
    );
    // Swedish falls back to the Finnish title.
    expect(barName(ctx('sv'), { ...bar, milestones: [] })).toBe(
      'Tekoälystrategia, 1.9.2021–31.12.2027, Pågående',
    );
  });
});

describe('milestoneText', () => {
  it('tells done, overdue and open milestones apart in words', () => {
    const [overdue, open, done] = bar.milestones as [never, never, never];
    expect(milestoneText(ctx('fi'), overdue)).toBe('Luonnos, 1.3.2026, myöhässä');
    expect(milestoneText(ctx('fi'), open)).toBe('Valmis, 1.6.2027');
    expect(milestoneText(ctx('sv'), done)).toBe('Aloitus, 1.9.2021, klart 2.9.2021');
  });
});

describe('axis labels', () => {
  it('labels years, quarters, months and weeks by zoom', () => {
    expect(tickLabels(ctx('fi'), { date: '2026-01-01', kind: 'year', position: 0 }, 'all')).toEqual({
      major: '2026',
      minor: null,
    });
    expect(tickLabels(ctx('fi'), { date: '2026-04-01', kind: 'quarter', position: 0.25 }, 'all').minor).toBe(
      'Q2',
    );
    const april = tickLabels(ctx('en'), { date: '2026-04-01', kind: 'quarter', position: 0.25 }, 'year');
    expect(april).toEqual({ major: 'Q2 2026', minor: 'Apr' });
    expect(
      tickLabels(ctx('fi'), { date: '2026-05-01', kind: 'month', position: 0.3 }, 'year').major,
    ).toBeNull();
    expect(
      tickLabels(ctx('sv'), { date: '2026-10-05', kind: 'week', position: 0.05, week: 41 }, 'quarter'),
    ).toEqual({
      major: null,
      minor: 'v. 41',
    });
    expect(tickLabels(ctx('en'), { date: '2026-11-01', kind: 'month', position: 0.3 }, 'quarter').major).toBe(
      'November 2026',
    );
  });

  it('names the period a step goes to', () => {
    expect(periodLabel(ctx('fi'), 2026 * 4 + 2, 'quarter')).toBe('Q3 2026');
    expect(periodLabel(ctx('fi'), 2025, 'year')).toBe('2025');
  });
});

describe('groupLabel', () => {
  it('names ministries, themes, tiers and the group without a theme', () => {
    const ministry = (code: string) => `${code} – ministeriö`;
    expect(groupLabel(ctx('fi'), 'leadMinistry', 'LVM', ministry)).toBe('LVM – ministeriö');
    expect(groupLabel(ctx('fi'), 'theme', 'ai', ministry)).toBe('Tekoäly');
    expect(groupLabel(ctx('en'), 'tier', 'critical', ministry)).toBe('Critical');
    expect(groupLabel(ctx('sv'), 'theme', null, ministry)).toBe('Inget tema');
  });
});
