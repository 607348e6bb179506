import { afterEach, describe, expect, it } from 'vitest';
import { initiativeInputSchema } from './initiative.ts';
import { setValidationLanguage, vm } from './validation-messages.ts';

afterEach(() => setValidationLanguage('en'));

describe('validation messages', () => {
  it('answer in English by default (the language of the API)', () => {
    expect(vm('finnishRequired')).toBe('The Finnish text is required.');
    expect(vm('maxLength', { max: 500 })).toBe('At most 500 characters.');
  });

  it('follow the language the client sets, for the same schema rule', () => {
    const input = {
      title: { fi: '' },
      summary: { fi: 'x' },
      kind: 'working_group',
      track: 'public_administration',
      leadMinistry: 'VM',
      status: 'ongoing',
    };
    setValidationLanguage('fi');
    const fi = initiativeInputSchema.safeParse(input);
    expect(fi.success).toBe(false);
    expect(fi.error?.issues.find((i) => i.path.join('.') === 'title.fi')?.message).toBe(
      'Suomenkielinen teksti on pakollinen.',
    );
    setValidationLanguage('sv');
    const sv = initiativeInputSchema.safeParse({
      ...input,
      title: { fi: 'ok' },
      startDate: '2026-05-01',
      endDate: '2026-01-01',
    });
    expect(sv.error?.issues.find((i) => i.path.join('.') === 'endDate')?.message).toBe(
      'Slutdatumet är före startdatumet.',
    );
  });
});
