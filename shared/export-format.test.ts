import { describe, expect, it } from 'vitest';
import {
  exportEnvelopeSchema,
  exportFileName,
  exportInitiativeSchema,
  initiativeInputFromExport,
  summarise,
  toExportInitiative,
} from './export-format.ts';
import type { Initiative } from './initiative.ts';
import { initiativeInputSchema } from './initiative.ts';

const ACT_ID = '11111111-1111-4111-8111-111111111111';

const initiative: Initiative = {
  id: '22222222-2222-4222-8222-222222222222',
  version: 3,
  projectNumber: 'LVM046:00/2024',
  caseNumbers: ['VN/32418/2024'],
  title: { fi: 'Kyberturvallisuus', sv: null, en: 'Cybersecurity' },
  summary: { fi: 'Tiivistelmä', sv: null, en: null },
  kind: 'law_drafting',
  track: 'digitalisation_data_economy',
  themes: ['cybersecurity'],
  leadMinistry: 'LVM',
  participatingMinistries: ['SM'],
  status: 'ongoing',
  preparationStage: 'consultation',
  ministryHealth: { rating: 'amber', reason: 'Late', assessedOn: '2025-01-02', assessedBy: 'LVM' },
  digitoimistoHealth: { rating: 'not_assessed', reason: null, assessedOn: null, assessedBy: null },
  tier: 'high',
  rank: 'a0',
  scores: { impact: 4 },
  priorityVersion: 1,
  weightedScore: null,
  startDate: '2024-01-01',
  endDate: null,
  budgetCents: 125_000_050,
  fundingSources: ['national_budget'],
  contact: { name: 'Maija', email: null },
  links: [{ label: 'Sivu', url: 'https://example.fi' }],
  milestones: [{ title: 'Lausunnot', dueDate: '2025-03-01', doneAt: null }],
  euImpacts: [
    { euActId: ACT_ID, euActShortName: 'NIS2', relation: 'implements', deadline: '2024-10-17', note: null },
  ],
  nearestEuDeadline: null,
  archivedAt: new Date('2025-02-01T00:00:00Z'),
  createdAt: new Date('2024-01-01T00:00:00Z'),
  updatedAt: new Date('2025-02-01T00:00:00Z'),
  createdBy: null,
  updatedBy: null,
};

describe('digisalkku export format', () => {
  it('writes impacts by act short name and reads them back to the same initiative input', () => {
    const exported = toExportInitiative(initiative);
    expect(exported.archived).toBe(true);
    expect(exported.euImpacts).toEqual([
      { euAct: 'NIS2', relation: 'implements', deadline: '2024-10-17', note: null },
    ]);
    // Through JSON, as a file would travel.
    const reread = exportInitiativeSchema.parse(JSON.parse(JSON.stringify(exported)));
    const { input, reasons } = initiativeInputFromExport(reread, (name) =>
      name === 'NIS2' ? ACT_ID : undefined,
    );
    expect(reasons).toEqual([]);
    const data = initiativeInputSchema.parse(input);
    expect(data.euImpacts).toEqual([
      { euActId: ACT_ID, relation: 'implements', deadline: '2024-10-17', note: null },
    ]);
    expect(data.budgetCents).toBe(125_000_050);
    expect(data.ministryHealth).toEqual(initiative.ministryHealth);
  });

  it('names an unknown act by the label of its field', () => {
    const exported = exportInitiativeSchema.parse(toExportInitiative(initiative));
    const { reasons } = initiativeInputFromExport(exported, () => undefined);
    expect(reasons).toEqual([
      'EU impact 1 act: "NIS2" is not in the EU act catalogue nor in the file\'s EU acts; add it to one of them first.',
    ]);
  });

  it('rejects other formats and versions in the envelope', () => {
    expect(
      exportEnvelopeSchema.safeParse({ format: 'digisalkku', formatVersion: 1, initiatives: [] }).success,
    ).toBe(true);
    expect(
      exportEnvelopeSchema.safeParse({ format: 'digisalkku', formatVersion: 2, initiatives: [] }).success,
    ).toBe(true);
    const v3 = exportEnvelopeSchema.safeParse({ format: 'digisalkku', formatVersion: 3, initiatives: [] });
    expect(v3.error?.issues[0]?.message).toMatch(/version 1, 2/);
    expect(exportEnvelopeSchema.safeParse({ result: [] }).success).toBe(false);
  });

  it('checks scores and names fields', () => {
    const bad = exportInitiativeSchema.safeParse({
      ...toExportInitiative(initiative),
      scores: { impact: 9 },
      title: { fi: '' },
    });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['title.fi', 'scores.impact']),
    );
  });

  it('dates the file name and counts outcomes', () => {
    expect(exportFileName('2025-03-14')).toBe('digisalkku-2025-03-14.json');
    expect(
      summarise([
        { index: 0, key: 'a', outcome: 'created' },
        { index: 1, key: 'b', outcome: 'rejected' },
        { index: 2, key: 'c', outcome: 'created' },
      ]),
    ).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 1 });
  });
});
