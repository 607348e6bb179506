import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type InitiativeInput, initiativeInputSchema, MAX_BUDGET_CENTS } from './initiative.ts';

const valid: InitiativeInput = {
  title: { fi: 'Kansallinen tekoälyhanke' },
  summary: { fi: 'Tiivistelmä.' },
  kind: 'development_project',
  track: 'digitalisation_data_economy',
  leadMinistry: 'LVM',
  status: 'ongoing',
};
const ACT_ID = '3b1f5d2e-8c4a-4e1b-9f2d-7a6c5b4e3d21';

/** The dotted paths of the issues, as the API names fields in its messages. */
function issuePaths(input: unknown): string[] {
  const result = initiativeInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('initiativeInputSchema', () => {
  it('accepts a minimal initiative and fills in the defaults', () => {
    const parsed = initiativeInputSchema.parse(valid);
    expect(parsed).toMatchObject({
      projectNumber: null,
      caseNumbers: [],
      title: { fi: 'Kansallinen tekoälyhanke', sv: null, en: null },
      themes: [],
      participatingMinistries: [],
      preparationStage: null,
      ministryHealth: { rating: 'not_assessed', reason: null, assessedOn: null, assessedBy: null },
      budgetCents: null,
      contact: null,
      links: [],
      milestones: [],
      euImpacts: [],
    });
    // The priority is not a field: the board sets it.
    expect(parsed).not.toHaveProperty('tier');
  });

  it('rejects an end date before the start date, on endDate', () => {
    expect(issuePaths({ ...valid, startDate: '2026-05-01', endDate: '2026-04-30' })).toEqual(['endDate']);
    expect(issuePaths({ ...valid, startDate: '2026-05-01', endDate: '2026-05-01' })).toEqual([]);
  });

  it('rejects a preparation stage on anything but law drafting, on preparationStage', () => {
    expect(issuePaths({ ...valid, preparationStage: 'consultation' })).toEqual(['preparationStage']);
    expect(issuePaths({ ...valid, kind: 'law_drafting', preparationStage: 'consultation' })).toEqual([]);
  });

  it('rejects links that are not http(s), on the link url', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>x</script>',
      'ftp://example.fi',
      '//example.fi',
      'https://',
    ]) {
      expect(issuePaths({ ...valid, links: [{ label: 'Sivu', url }] }), url).toEqual(['links.0.url']);
    }
    expect(
      issuePaths({ ...valid, links: [{ label: 'Sivu', url: 'https://valtioneuvosto.fi/hanke' }] }),
    ).toEqual([]);
  });

  it('rejects a link with a user name or password, which hides where it goes, on the link url', () => {
    for (const url of [
      'https://evil.example@good.fi',
      'https://good.fi@evil.example/login',
      'https://user:secret@good.fi',
      'http://:secret@good.fi',
    ]) {
      const result = initiativeInputSchema.safeParse({ ...valid, links: [{ label: 'Sivu', url }] });
      expect(
        result.error?.issues.map((i) => [i.path.join('.'), i.message]),
        url,
      ).toEqual([['links.0.url', 'Remove the user name or password from the address.']]);
    }
    // An @ in the path, query or fragment is no user name.
    expect(
      issuePaths({ ...valid, links: [{ label: 'Sivu', url: 'https://good.fi/@team?to=a@b.fi#c@d' }] }),
    ).toEqual([]);
  });

  it('rejects a NUL byte or a lone surrogate in every kind of text, on its own field', () => {
    const bad = '\u0000';
    const lone = '\ud800';
    expect(
      issuePaths({
        ...valid,
        projectNumber: `LVM001:00/2024${bad}`,
        caseNumbers: [`VN/1/2024${lone}`],
        title: { fi: `a${bad}`, sv: lone, en: `b${lone}` },
        summary: { fi: lone },
        ministryHealth: { rating: 'red', reason: bad, assessedBy: lone, assessedOn: `2025-01-01${bad}` },
        startDate: `${lone}2025-01-01`,
        contact: { name: bad },
        links: [{ label: bad, url: `https://good.fi/${lone}` }],
        milestones: [{ title: lone, dueDate: '2025-01-01' }],
        euImpacts: [{ euActId: ACT_ID, relation: 'implements', note: bad }],
      }).sort(),
    ).toEqual(
      [
        'projectNumber',
        'caseNumbers.0',
        'title.fi',
        'title.sv',
        'title.en',
        'summary.fi',
        'ministryHealth.reason',
        'ministryHealth.assessedBy',
        'ministryHealth.assessedOn',
        'startDate',
        'contact.name',
        'links.0.label',
        'links.0.url',
        'milestones.0.title',
        'euImpacts.0.note',
      ].sort(),
    );
  });

  it('reads ids in any case as lower case', () => {
    const parsed = initiativeInputSchema.parse({
      ...valid,
      euImpacts: [{ euActId: ACT_ID.toUpperCase(), relation: 'implements' }],
    });
    expect(parsed.euImpacts[0]?.euActId).toBe(ACT_ID);
  });

  it('rejects a 100,000-character title, on title.fi', () => {
    expect(issuePaths({ ...valid, title: { fi: 'x'.repeat(100_000) } })).toEqual(['title.fi']);
    expect(issuePaths({ ...valid, title: { fi: 'x'.repeat(500) } })).toEqual([]);
  });

  it('rejects a blank Finnish title, on title.fi', () => {
    expect(issuePaths({ ...valid, title: { fi: '   ', sv: 'Projekt' } })).toEqual(['title.fi']);
  });

  it('rejects a negative, fractional or absurd budget, on budgetCents', () => {
    for (const budgetCents of [-1, 10.5, MAX_BUDGET_CENTS + 1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(issuePaths({ ...valid, budgetCents }), String(budgetCents)).toEqual(['budgetCents']);
    }
    expect(issuePaths({ ...valid, budgetCents: 0 })).toEqual([]);
    expect(issuePaths({ ...valid, budgetCents: MAX_BUDGET_CENTS })).toEqual([]);
  });

  it('accepts every whole budget in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_BUDGET_CENTS }), (budgetCents) => {
        expect(initiativeInputSchema.parse({ ...valid, budgetCents }).budgetCents).toBe(budgetCents);
      }),
    );
  });

  it('rejects the lead ministry among the participating ones', () => {
    expect(issuePaths({ ...valid, participatingMinistries: ['VM', 'LVM'] })).toEqual([
      'participatingMinistries',
    ]);
  });

  it('rejects an unknown ministry with the list of known ones', () => {
    const result = initiativeInputSchema.safeParse({ ...valid, leadMinistry: 'XYZ' });
    expect(result.error?.issues[0]?.path).toEqual(['leadMinistry']);
    expect(result.error?.issues[0]?.message).toContain('LVM, VM, TEM');
  });

  it('rejects the same EU act linked twice with the same relation, on the second link', () => {
    const impact = { euActId: ACT_ID, relation: 'implements' as const };
    expect(issuePaths({ ...valid, euImpacts: [impact, { ...impact, deadline: '2027-01-01' }] })).toEqual([
      'euImpacts.1.relation',
    ]);
    expect(issuePaths({ ...valid, euImpacts: [impact, { ...impact, relation: 'influences' }] })).toEqual([]);
  });

  it('rejects malformed register codes and impossible dates, on their own fields', () => {
    expect(
      issuePaths({
        ...valid,
        projectNumber: 'LVM-66',
        caseNumbers: ['VN/1/2024', 'nope'],
        startDate: '2025-02-30',
        milestones: [{ title: 'Lausunnot', dueDate: '2101-01-01' }],
      }),
    ).toEqual(['projectNumber', 'caseNumbers.1', 'startDate', 'milestones.0.dueDate']);
  });

  it('normalises codes, drops duplicate list values and empty optional text', () => {
    const parsed = initiativeInputSchema.parse({
      ...valid,
      projectNumber: ' lvm066:00/2021 ',
      caseNumbers: ['vn/25733/2021', 'VN/25733/2021'],
      themes: ['ai', 'ai', 'data_economy'],
      contact: { name: 'Maija Meikäläinen', email: '' },
      summary: { fi: 'Tiivistelmä.', sv: '', en: '  ' },
    });
    expect(parsed.projectNumber).toBe('LVM066:00/2021');
    expect(parsed.caseNumbers).toEqual(['VN/25733/2021']);
    expect(parsed.themes).toEqual(['ai', 'data_economy']);
    expect(parsed.contact).toEqual({ name: 'Maija Meikäläinen', email: null });
    expect(parsed.summary).toEqual({ fi: 'Tiivistelmä.', sv: null, en: null });
  });

  it('gives the same data when its own output is parsed again (services parse twice)', () => {
    const once = initiativeInputSchema.parse({
      ...valid,
      kind: 'law_drafting',
      preparationStage: 'consultation',
      projectNumber: 'lvm066:00/2021',
      themes: ['ai', 'ai'],
      links: [{ label: ' Sivu ', url: ' https://valtioneuvosto.fi ' }],
      euImpacts: [{ euActId: ACT_ID, relation: 'implements', deadline: '2027-08-02', note: '' }],
      ministryHealth: { rating: 'amber', reason: ' Aikataulu ' },
    });
    expect(initiativeInputSchema.parse(once)).toEqual(once);
  });
});
