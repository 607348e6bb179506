import { describe, expect, it } from 'vitest';
import { collatorOf, compareNames } from './collation.ts';

const NAMES = [
  'Öresund',
  'AI Act',
  'Åland',
  'Ämbetsverk',
  'Zeta',
  'NIS2',
  'NIS10',
  'eIDAS 2',
  'Data Act',
  'data act',
];

describe('compareNames', () => {
  it('puts å, ä and ö after z in Finnish and Swedish', () => {
    for (const language of ['fi', 'sv'] as const) {
      const sorted = [...NAMES].sort((a, b) => compareNames(a, b, language));
      expect(sorted.slice(-4), language).toEqual(['Zeta', 'Åland', 'Ämbetsverk', 'Öresund']);
    }
  });

  it('reads å, ä and ö as a and o in English', () => {
    const sorted = [...NAMES].sort((a, b) => compareNames(a, b, 'en'));
    expect(sorted).toEqual([
      'AI Act',
      'Åland',
      'Ämbetsverk',
      'data act',
      'Data Act',
      'eIDAS 2',
      'NIS2',
      'NIS10',
      'Öresund',
      'Zeta',
    ]);
  });

  it('reads digits as numbers, and lets case only break ties', () => {
    expect(compareNames('NIS2', 'NIS10', 'fi')).toBeLessThan(0);
    expect(compareNames('data act', 'Data Act', 'fi')).toBeLessThan(0);
    expect(compareNames('Data Act', 'DSA', 'fi')).toBeLessThan(0);
  });

  it('makes one collator per language', () => {
    expect(collatorOf('sv')).toBe(collatorOf('sv'));
    expect(collatorOf('sv').resolvedOptions().locale).toMatch(/^sv/);
    expect(collatorOf('en').resolvedOptions().locale).toMatch(/^en/);
  });
});
