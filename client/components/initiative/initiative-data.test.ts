import { describe, expect, it } from 'vitest';
import type { Initiative, InitiativeData } from '../../../shared/initiative.ts';
import { toInitiativeData } from '../../../shared/initiative.ts';
import { rebaseForSave } from './initiative-data.ts';

const data: InitiativeData = {
  projectNumber: 'LVM046:00/2024',
  caseNumbers: [],
  title: { fi: 'Hanke', sv: null, en: null },
  summary: { fi: 'Kuvaus', sv: null, en: null },
  kind: 'development_project',
  track: 'digitalisation_data_economy',
  themes: ['ai'],
  leadMinistry: 'LVM',
  participatingMinistries: [],
  status: 'ongoing',
  preparationStage: null,
  ministryHealth: { rating: 'green', reason: null, assessedOn: '2025-01-01', assessedBy: 'A' },
  digitoimistoHealth: { rating: 'not_assessed', reason: null, assessedOn: null, assessedBy: null },
  tier: 'high',
  startDate: null,
  endDate: null,
  budgetCents: 100,
  fundingSources: [],
  contact: null,
  links: [],
  milestones: [],
  euImpacts: [{ euActId: 'a', relation: 'implements', deadline: null, note: null }],
};

describe('toInitiativeData', () => {
  it('keeps exactly the editable fields, without act names', () => {
    const initiative: Initiative = {
      ...data,
      id: 'x',
      version: 3,
      euImpacts: [
        { euActId: 'a', relation: 'implements', deadline: null, note: null, euActShortName: 'AI Act' },
      ],
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

describe('rebaseForSave', () => {
  it('keeps their fields, applies mine, and restamps a health assessment I changed', () => {
    const mine = {
      ...data,
      ministryHealth: { ...data.ministryHealth, rating: 'red' as const, reason: 'rahat loppu' },
    };
    const theirs = {
      ...data,
      status: 'paused' as const,
      ministryHealth: { rating: 'amber' as const, reason: 'x', assessedOn: '2025-02-01', assessedBy: 'B' },
    };
    const { data: merged, overlapping } = rebaseForSave(data, mine, theirs);
    expect(merged.status).toBe('paused');
    expect(merged.ministryHealth).toEqual({
      rating: 'red',
      reason: 'rahat loppu',
      assessedOn: '2025-02-01',
      assessedBy: 'B',
    });
    expect(overlapping).toEqual(['ministryHealth']);
  });
});
