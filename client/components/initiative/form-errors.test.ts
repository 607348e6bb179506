import { describe, expect, it } from 'vitest';
import { messages } from '../../i18n/all-languages.ts';
import { fieldId } from '../form/field-errors.ts';
import { newRowKey } from '../form/RowList.tsx';
import { emptyDraft } from './form-draft.ts';
import { fieldTarget, serverFieldErrors, validateDraft } from './form-errors.ts';

/** English messages by key, enough for checking which message an issue got. */
const t = (key: string, vars?: Record<string, string | number>) => {
  let node: unknown = messages.en;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return String(node).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars?.[name]));
};

describe('fieldTarget', () => {
  it('sends every error to the input that can fix it', () => {
    expect(fieldTarget('title.fi')).toBe('title.fi');
    expect(fieldTarget('caseNumbers.2')).toBe('caseNumbers');
    expect(fieldTarget('themes')).toBe('themes');
    expect(fieldTarget('digitoimistoHealth')).toBe('digitoimistoHealth.rating');
    expect(fieldTarget('ministryHealth.reason')).toBe('ministryHealth.reason');
    expect(fieldTarget('contact')).toBe('contact.name');
    expect(fieldTarget('budgetCents')).toBe('budget');
    expect(fieldTarget('milestones.1')).toBe('milestones.1.title');
    expect(fieldTarget('euImpacts.0.relation')).toBe('euImpacts.0.relation');
    expect(fieldTarget('links')).toBe('links');
    expect(fieldTarget('(input)')).toBe('form');
    expect(fieldId('euImpacts.0.relation')).toBe('field-euImpacts-0-relation');
  });
});

describe('validateDraft', () => {
  it('uses the shared schema and says what is wrong in the reader language', () => {
    const draft = {
      ...emptyDraft({ ministry: 'LVM' }),
      caseNumbers: 'VN/1/2024, nonsense',
      participatingMinistries: ['LVM' as const],
      startDate: '2025-05-01',
      endDate: '2025-01-01',
      budget: '1,250,000',
      milestones: [{ key: newRowKey(), title: '', dueDate: '', doneAt: '' }],
      euImpacts: [{ key: newRowKey(), euActId: '', relation: 'implements' as const, deadline: '', note: '' }],
    };
    const { data, errors } = validateDraft(draft, t);
    expect(data).toBeNull();
    expect(errors).toEqual({
      budget: ['Write the budget in euros, for example 1 250 000.50 (at most two decimals).'],
      'title.fi': ['The Finnish text is required.'],
      'summary.fi': ['The Finnish text is required.'],
      caseNumbers: ['Write the case number like VN/32418/2024. (nonsense)'],
      'milestones.0.title': ['A milestone needs a title.'],
      'milestones.0.dueDate': ['Enter a date.'],
      'euImpacts.0.euActId': ['Choose an EU act.'],
      endDate: ['The end date is before the start date.'],
      participatingMinistries: ['The lead ministry cannot also be a participating ministry.'],
    });
  });

  it('gives the parsed data of a valid draft', () => {
    const draft = {
      ...emptyDraft({ ministry: 'VM' }),
      title: { fi: 'Hanke', sv: '', en: 'Project' },
      summary: { fi: 'Kuvaus', sv: '', en: '' },
      budget: '1 000,5',
      kind: 'working_group' as const,
      preparationStage: 'consultation' as const,
    };
    const { data, errors } = validateDraft(draft, t);
    expect(errors).toEqual({});
    expect(data).toMatchObject({
      leadMinistry: 'VM',
      title: { fi: 'Hanke', sv: null, en: 'Project' },
      budgetCents: 100_050,
      // Hidden for anything but law drafting, so never sent.
      preparationStage: null,
    });
  });
});

describe('serverFieldErrors', () => {
  it('attaches server messages the same way', () => {
    expect(
      serverFieldErrors({ projectNumber: ['Taken.'], 'euImpacts.1.euActId': ['Not in the catalogue.'] }),
    ).toEqual({
      projectNumber: ['Taken.'],
      'euImpacts.1.euActId': ['Not in the catalogue.'],
    });
  });
});
