import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/language.ts';
import { formatEurosExact, formatIsoDate } from '../../shared/locale-format.ts';
import { catalogueTranslator } from '../lib/catalogue-translator.ts';
import { fillTemplate, uiFormats } from './formats.ts';

/** A no-break space, ordinary or narrow, as Intl puts between digit groups and before €: never a plain one. */
const NBSP = '[\u00a0\u202f]';

describe('UI formats', () => {
  for (const language of ['fi', 'sv'] as const) {
    it(`write ${language} dates as 2.12.2026 and euros as 1 234 567 €, with no-break spaces`, () => {
      const f = uiFormats(language);
      expect(f.date('2026-12-02')).toBe('2.12.2026');
      // A timestamp's day is read on the Finnish calendar: 23.30 UTC on 1 December is 2 December in Helsinki.
      expect(f.date(new Date('2026-12-01T23:30:00Z'))).toBe('2.12.2026');
      expect(f.euros(123_456_700)).toMatch(new RegExp(`^1${NBSP}234${NBSP}567${NBSP}€$`));
      expect(f.euros(123_450)).toMatch(new RegExp(`^1${NBSP}234,50${NBSP}€$`));
      expect(f.count(1_234_567)).toMatch(new RegExp(`^1${NBSP}234${NBSP}567$`));
      expect(f.dateTime(new Date('2026-12-02T07:30:00Z'))).toMatch(/^2\.12\.2026(,| klo)? 9[.:]30$/);
    });
  }

  it('write English as en-GB does: 02/12/2026 and €1,234,567', () => {
    const f = uiFormats('en');
    expect(f.date('2026-12-02')).toBe('02/12/2026');
    expect(f.euros(123_456_700)).toBe('€1,234,567');
    expect(f.euros(123_450)).toBe('€1,234.50');
    expect(f.count(1_234_567)).toBe('1,234,567');
  });

  it('show nothing as a dash', () => {
    for (const language of LANGUAGES) {
      expect(uiFormats(language).date(null)).toBe('–');
      expect(uiFormats(language).date('')).toBe('–');
      expect(uiFormats(language).euros(null)).toBe('–');
    }
  });

  it('write euros exactly as the server does in exports (shared/locale-format.ts), for any sum', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), fc.integer({ min: -1e13, max: 1e13 }), (language, cents) => {
        expect(uiFormats(language).euros(cents)).toBe(formatEurosExact(cents, language));
      }),
    );
  });

  it("write a date as the server's texts do in Finnish and Swedish (English files spell the month out)", () => {
    for (const language of ['fi', 'sv'] as const) {
      expect(uiFormats(language).date('2026-03-05')).toBe(formatIsoDate('2026-03-05', language));
    }
    expect(formatIsoDate('2026-12-02', 'en')).toBe('2 Dec 2026');
  });
});

describe('message slots', () => {
  it('group the count the plural is chosen by, and leave other numbers as they are', () => {
    const fi = uiFormats('fi');
    expect(fillTemplate('{{count}} hanketta', { count: 12_345 }, fi)).toMatch(
      new RegExp(`^12${NBSP}345 hanketta$`),
    );
    expect(
      fillTemplate(
        'Q{{quarter}} {{year}}, versio {{version}}',
        { quarter: 1, year: 2026, version: 1203 },
        fi,
      ),
    ).toBe('Q1 2026, versio 1203');
    expect(fillTemplate('{{count}} {{missing}}', { count: 2 }, fi)).toBe('2 {{missing}}');
  });

  it('are filled so in every language the app speaks', () => {
    expect(catalogueTranslator('fi')('list.count', { count: 10_000 })).toMatch(
      new RegExp(`^10${NBSP}000 hanketta$`),
    );
    expect(catalogueTranslator('sv')('list.count', { count: 10_000 })).toMatch(
      new RegExp(`^10${NBSP}000 projekt$`),
    );
    expect(catalogueTranslator('en')('list.count', { count: 10_000 })).toBe('10,000 initiatives');
    expect(catalogueTranslator('en')('list.count', { count: 1 })).toBe('1 initiative');
  });
});
