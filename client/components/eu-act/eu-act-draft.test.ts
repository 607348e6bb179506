import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setValidationLanguage } from '../../../shared/validation-messages.ts';
import { messages } from '../../i18n/all-languages.ts';
import { newRowKey } from '../form/RowList.tsx';
import {
  emptyEuActDraft,
  euActDraftFromData,
  euActServerErrors,
  validateEuActDraft,
} from './eu-act-draft.ts';

const t = (key: string, vars?: Record<string, string | number>) => {
  let node: unknown = messages.fi;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return String(node).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars?.[name]));
};

// The i18n provider sets the schemas' language in the app; here the test does.
beforeAll(() => setValidationLanguage('fi'));
afterAll(() => setValidationLanguage('en'));

describe('validateEuActDraft', () => {
  it('names each problem beside its input, key dates by row', () => {
    const draft = {
      ...emptyEuActDraft(),
      celex: 'AI-ACT',
      applicationOn: '2026-02-30',
      keyDates: [{ key: newRowKey(), fi: '', sv: '', en: '', date: '' }],
    };
    const { data, errors } = validateEuActDraft(draft, t);
    expect(data).toBeNull();
    expect(errors).toEqual({
      shortName: ['Lyhyt nimi on pakollinen.'],
      celex: ['CELEX-numero on muotoa 32024R1689.'],
      'title.fi': ['Suomenkielinen teksti on pakollinen.'],
      applicationOn: ['Päivämäärää ei ole olemassa.'],
      'keyDates.0.fi': ['Suomenkielinen teksti on pakollinen.'],
      'keyDates.0.date': ['Anna päivämäärä.'],
    });
  });

  it('round-trips a valid act', () => {
    const act = {
      shortName: 'AI Act',
      number: '(EU) 2024/1689',
      celex: '32024R1689',
      kind: 'regulation' as const,
      title: { fi: 'Tekoälysäädös', sv: null, en: 'Artificial Intelligence Act' },
      adoptedOn: '2024-06-13',
      entryIntoForceOn: '2024-08-01',
      applicationOn: '2026-08-02',
      transpositionDeadline: null,
      keyDates: [{ label: { fi: 'Kiellot', sv: null, en: 'Prohibitions' }, date: '2025-02-02' }],
      finnishLead: 'TEM' as const,
    };
    expect(validateEuActDraft(euActDraftFromData(act), t)).toEqual({ data: act, errors: {} });
  });
});

describe('euActServerErrors', () => {
  it('keeps server paths, moving key-date labels to their inputs', () => {
    expect(
      euActServerErrors({ shortName: ['Taken.'], 'keyDates.1.label.sv': ['Too long.'], '(input)': ['x'] }),
    ).toEqual({
      shortName: ['Taken.'],
      'keyDates.1.sv': ['Too long.'],
      form: ['x'],
    });
  });
});
