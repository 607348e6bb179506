import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './codes.ts';
import { localizedTextSchema, pickLocalized } from './localized-text.ts';

describe('pickLocalized', () => {
  const text = { fi: 'Tekoälystrategia', sv: 'AI-strategin', en: null };

  it('gives the wanted language when it is there', () => {
    expect(pickLocalized(text, 'sv')).toEqual({ text: 'AI-strategin', language: 'sv', fallback: false });
    expect(pickLocalized(text, 'fi')).toEqual({ text: 'Tekoälystrategia', language: 'fi', fallback: false });
  });

  it('falls back to Finnish, and says so, when the wanted language is missing or empty', () => {
    expect(pickLocalized(text, 'en')).toEqual({ text: 'Tekoälystrategia', language: 'fi', fallback: true });
    expect(pickLocalized({ fi: 'Hanke', sv: '' }, 'sv')).toEqual({
      text: 'Hanke',
      language: 'fi',
      fallback: true,
    });
    expect(pickLocalized({ fi: 'Hanke' }, 'en')).toEqual({ text: 'Hanke', language: 'fi', fallback: true });
  });

  it('always gives text, in the language it claims', () => {
    const maybe = fc.option(fc.string({ maxLength: 5 }), { nil: null });
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        maybe,
        maybe,
        fc.constantFrom(...LANGUAGES),
        (fi, sv, en, language) => {
          const localized = { fi, sv, en };
          const picked = pickLocalized(localized, language);
          expect(picked.text).toBe(localized[picked.language]);
          expect(picked.fallback).toBe(picked.language !== language);
          if (picked.fallback) expect(picked.language).toBe('fi');
        },
      ),
    );
  });
});

describe('localizedTextSchema', () => {
  it('requires Finnish and turns empty translations into null', () => {
    expect(localizedTextSchema(50).parse({ fi: ' Hanke ', sv: '  ', en: undefined })).toEqual({
      fi: 'Hanke',
      sv: null,
      en: null,
    });
    expect(localizedTextSchema(50).safeParse({ fi: '   ' }).error?.issues[0]?.path).toEqual(['fi']);
  });

  it('limits every language to the maximum length', () => {
    const issues = localizedTextSchema(5).safeParse({
      fi: 'x'.repeat(6),
      sv: 'x'.repeat(6),
      en: 'x'.repeat(5),
    }).error?.issues;
    expect(issues?.map((i) => i.path.join('.'))).toEqual(['fi', 'sv']);
  });
});
