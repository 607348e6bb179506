import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EU_RELATIONS } from '../../../shared/codes.ts';
import type { EuActSummary } from '../../../shared/eu-act.ts';
import { catalogueOrderOf, sortCatalogue } from './catalogue-order.ts';

const act = (shortName: string, next: string | null): EuActSummary => ({
  id: shortName,
  version: 1,
  shortName,
  number: null,
  celex: null,
  kind: 'regulation',
  title: { fi: shortName, sv: null, en: null },
  adoptedOn: null,
  entryIntoForceOn: null,
  applicationOn: next,
  transpositionDeadline: null,
  keyDates: [],
  finnishLead: null,
  nextKeyDate: next ? { key: 'applicationOn', date: next } : null,
  linked: Object.fromEntries(EU_RELATIONS.map((r) => [r, 0])) as EuActSummary['linked'],
  implementationGap: false,
});

describe('sortCatalogue', () => {
  it('puts what is coming first: by next key date, nothing coming last, ties by name', () => {
    const acts = [
      act('NIS2', null),
      act('AI Act', '2027-08-02'),
      act('Data Act', '2026-12-12'),
      act('CRA', '2026-12-12'),
      act('DSA', null),
    ];
    expect(sortCatalogue(acts, 'next', 'fi').map((a) => a.shortName)).toEqual([
      'CRA',
      'Data Act',
      'AI Act',
      'DSA',
      'NIS2',
    ]);
    expect(sortCatalogue(acts, 'name', 'fi').map((a) => a.shortName)).toEqual([
      'AI Act',
      'CRA',
      'Data Act',
      'DSA',
      'NIS2',
    ]);
  });

  it('orders any catalogue with dated acts before undated ones, the dates never going back', () => {
    const date = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 6 }), fc.option(date, { nil: null }))),
        (specs) => {
          const sorted = sortCatalogue(
            specs.map(([name, next]) => act(name, next)),
            'next',
            'fi',
          );
          const dates = sorted.map((a) => a.nextKeyDate?.date ?? null);
          const firstNull = dates.indexOf(null);
          const dated = firstNull < 0 ? dates : dates.slice(0, firstNull);
          expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
          expect(dated).toEqual([...dated].sort());
        },
      ),
    );
  });

  it('sorts names in the alphabet of the UI language', () => {
    const acts = [act('Öppna data', null), act('Zeta', null), act('Ålands akt', null), act('Data Act', null)];
    const names = (language: 'fi' | 'sv' | 'en') =>
      sortCatalogue(acts, 'name', language).map((a) => a.shortName);
    expect(names('sv')).toEqual(['Data Act', 'Zeta', 'Ålands akt', 'Öppna data']);
    expect(names('fi')).toEqual(['Data Act', 'Zeta', 'Ålands akt', 'Öppna data']);
    expect(names('en')).toEqual(['Ålands akt', 'Data Act', 'Öppna data', 'Zeta']);
  });

  it('reads the order from the URL, what is coming by default', () => {
    expect(catalogueOrderOf(null)).toBe('next');
    expect(catalogueOrderOf('name')).toBe('name');
    expect(catalogueOrderOf('bogus')).toBe('next');
  });
});
