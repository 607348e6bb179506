import { describe, expect, it } from 'vitest';
import { type QualityInput, qualityFlags, qualityScore, STALE_ASSESSMENT_DAYS } from './data-quality.ts';
import { addDays } from './dates.ts';

const TODAY = '2026-12-01';
const clean: QualityInput = {
  status: 'ongoing',
  kind: 'development_project',
  preparationStage: null,
  startDate: '2025-01-01',
  endDate: '2027-12-31',
  title: { fi: 'Hanke', sv: 'Projekt', en: 'Project' },
  ministryHealth: { rating: 'green', assessedOn: addDays(TODAY, -10) },
  digitoimistoHealth: { rating: 'amber', assessedOn: addDays(TODAY, -10) },
  milestones: [{ dueDate: '2027-01-01', doneAt: null }],
};
const flags = (changes: Partial<QualityInput>) => qualityFlags({ ...clean, ...changes }, TODAY);

describe('data-quality flags', () => {
  it('raises nothing for complete, current data', () => {
    expect(qualityFlags(clean, TODAY)).toEqual([]);
  });

  it('flags missing dates, an end before the start, and ongoing work past its end from the next day on', () => {
    expect(flags({ startDate: null, endDate: null })).toEqual(['missingStartDate', 'missingEndDate']);
    expect(flags({ startDate: '2026-06-02', endDate: '2026-06-01' })).toContain('endBeforeStart');
    expect(flags({ startDate: '2026-06-01', endDate: '2026-06-01' })).not.toContain('endBeforeStart');
    expect(flags({ endDate: TODAY })).not.toContain('ongoingPastEnd');
    expect(flags({ endDate: addDays(TODAY, -1) })).toContain('ongoingPastEnd');
    expect(flags({ endDate: addDays(TODAY, -1), status: 'paused' })).not.toContain('ongoingPastEnd');
  });

  it('flags law drafting without a stage', () => {
    expect(flags({ kind: 'law_drafting' })).toContain('lawWithoutStage');
    expect(flags({ kind: 'law_drafting', preparationStage: 'consultation' })).not.toContain(
      'lawWithoutStage',
    );
  });

  it('flags no assessment at all, and an assessment older than 120 days (not one of exactly 120)', () => {
    const none = { rating: 'not_assessed' as const, assessedOn: null };
    expect(flags({ ministryHealth: none, digitoimistoHealth: none })).toContain('notAssessed');
    expect(flags({ ministryHealth: none })).not.toContain('notAssessed');
    const at = (days: number) => ({ rating: 'green' as const, assessedOn: addDays(TODAY, -days) });
    expect(flags({ ministryHealth: at(STALE_ASSESSMENT_DAYS) })).not.toContain('staleAssessment');
    expect(flags({ ministryHealth: at(STALE_ASSESSMENT_DAYS + 1) })).toContain('staleAssessment');
    expect(flags({ digitoimistoHealth: at(STALE_ASSESSMENT_DAYS + 1) })).toContain('staleAssessment');
  });

  it('flags an open milestone of closed work, and open work whose milestones are all done past its end', () => {
    expect(flags({ status: 'completed' })).toContain('openMilestoneWhenClosed');
    expect(
      flags({ status: 'completed', milestones: [{ dueDate: '2026-01-01', doneAt: '2026-01-01' }] }),
    ).toEqual([]);
    const done = [{ dueDate: '2026-01-01', doneAt: '2026-01-02' }];
    expect(flags({ milestones: done, endDate: addDays(TODAY, -1), status: 'planned' })).toContain(
      'milestonesDoneWhileOpen',
    );
    expect(flags({ milestones: done, endDate: TODAY })).not.toContain('milestonesDoneWhileOpen');
  });

  it('needs both a rating and its date to call an assessment stale', () => {
    const old = addDays(TODAY, -(STALE_ASSESSMENT_DAYS + 1));
    expect(flags({ ministryHealth: { rating: 'green', assessedOn: null } })).toEqual([]);
    expect(flags({ digitoimistoHealth: { rating: 'not_assessed', assessedOn: old } })).toEqual([]);
  });

  it('does not call open work done without milestones, or with one still open', () => {
    const past = { status: 'planned' as const, endDate: addDays(TODAY, -1) };
    expect(flags({ ...past, milestones: [] })).toEqual([]);
    const mixed = [
      { dueDate: '2026-01-01', doneAt: '2026-01-02' },
      { dueDate: '2026-02-01', doneAt: null },
    ];
    expect(flags({ ...past, milestones: mixed })).toEqual([]);
  });

  it('flags a missing Swedish or English title, blank counting as missing', () => {
    expect(flags({ title: { fi: 'Hanke', sv: '\u00a0', en: '\t\n' } })).toEqual([
      'missingSwedishTitle',
      'missingEnglishTitle',
    ]);
    expect(flags({ title: { fi: 'Hanke', sv: ' Projekt ', en: ' Project ' } })).toEqual([]);
    expect(flags({ title: { fi: 'Hanke', sv: null, en: '  ' } })).toEqual([
      'missingSwedishTitle',
      'missingEnglishTitle',
    ]);
  });

  it('scores a ministry by the share of its initiatives without a flag', () => {
    expect(qualityScore([])).toBeNull();
    expect(qualityScore([[], ['missingEndDate'], [], []])).toBe(75);
    expect(qualityScore([['notAssessed'], ['missingEndDate']])).toBe(0);
  });
});
