import { describe, expect, it } from 'vitest';
import { compareTitles, foldCase, titleSortKey } from './title-sort.ts';

const FINNISH = [
  'Öljyvahinko',
  'Ahvenanmaa',
  'Äänestys',
  'Zeta-ohjelma',
  'Åland',
  'Yhteentoimivuus',
  'avoin data',
  'Älykäs liikenne',
  'Ympäristö',
];

describe('title sort keys', () => {
  it('put å, ä and ö after z in Finnish and Swedish, as their alphabets (and Intl.Collator) do', () => {
    for (const language of ['fi', 'sv'] as const) {
      const ours = [...FINNISH].sort((a, b) => compareTitles(a, b, language));
      const collator = new Intl.Collator(language === 'fi' ? 'fi-FI' : 'sv-FI', { sensitivity: 'base' });
      expect(ours, language).toEqual([...FINNISH].sort(collator.compare));
      expect(ours.slice(-4)).toEqual(['Åland', 'Älykäs liikenne', 'Äänestys', 'Öljyvahinko']);
    }
  });

  it('fold the Nordic letters to their base letters in English, as Intl.Collator does', () => {
    const ours = [...FINNISH].sort((a, b) => compareTitles(a, b, 'en'));
    const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });
    expect(ours.map((t) => titleSortKey(t, 'en').slice(0, 2))).toEqual(
      [...FINNISH].sort(collator.compare).map((t) => titleSortKey(t, 'en').slice(0, 2)),
    );
  });

  it('ignore case, and fold case for search without touching the letters', () => {
    expect(titleSortKey('ÄLY', 'fi')).toBe(titleSortKey('äly', 'fi'));
    expect(foldCase('TEKOÄLYSTRATEGIA Åland')).toBe('tekoälystrategia åland');
  });
});
