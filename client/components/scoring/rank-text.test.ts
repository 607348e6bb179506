import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueTranslator } from '../../lib/catalogue-translator.ts';
import {
  differsStrongly,
  ordinal,
  RANK_DIFFERENCE,
  rankDifferenceText,
  rankSpread,
  weightingShortName,
} from './rank-text.ts';

const lvm = { id: 'a', name: { fi: 'LVM: tietotalous edellä' }, ministry: 'LVM' };
const vm = { id: 'b', name: { fi: 'VM: julkinen hallinto edellä' }, ministry: 'VM' };
const digi = {
  id: 'c',
  name: { fi: 'Digitoimisto', sv: 'Digitalbyrån', en: 'Digital Office' },
  ministry: null,
};

describe('ordinal', () => {
  it('writes ordinals as each language does', () => {
    expect([1, 2, 3, 11].map((n) => ordinal(n, 'fi'))).toEqual(['1.', '2.', '3.', '11.']);
    expect([1, 2, 3, 4, 11, 12, 21, 22, 101].map((n) => ordinal(n, 'en'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '21st',
      '22nd',
      '101st',
    ]);
    expect([1, 2, 3, 11, 12, 21, 22, 32].map((n) => ordinal(n, 'sv'))).toEqual([
      '1:a',
      '2:a',
      '3:e',
      '11:e',
      '12:e',
      '21:a',
      '22:a',
      '32:a',
    ]);
  });

  it('always starts with the number itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom('fi', 'sv', 'en'), (n, language) => {
        expect(ordinal(n, language as 'fi').startsWith(String(n))).toBe(true);
      }),
    );
  });
});

describe('rankDifferenceText', () => {
  it('says "3rd for LVM, 11th for VM" in each language', () => {
    const positions = { a: 3, b: 11 };
    expect(rankDifferenceText(positions, [lvm, vm], 'en', catalogueTranslator('en'))).toBe(
      '3rd for LVM, 11th for VM',
    );
    expect(rankDifferenceText(positions, [lvm, vm], 'fi', catalogueTranslator('fi'))).toBe(
      'LVM: 3., VM: 11.',
    );
    expect(rankDifferenceText(positions, [lvm, vm], 'sv', catalogueTranslator('sv'))).toBe(
      '3:e för LVM, 11:e för VM',
    );
  });

  it('names a weighting without a ministry by its name in the language, and says when it is unscored', () => {
    expect(rankDifferenceText({ a: 1, c: null }, [lvm, digi], 'en', catalogueTranslator('en'))).toBe(
      '1st for LVM, unscored for Digital Office',
    );
    expect(weightingShortName(digi, 'sv')).toBe('Digitalbyrån');
    expect(weightingShortName({ ...digi, name: { fi: 'Oma' } }, 'en')).toBe('Oma');
  });
});

describe('rankSpread and differsStrongly', () => {
  it('is the distance between the best and the worst place', () => {
    expect(rankSpread({ a: 3, b: 11 }, ['a', 'b'])).toBe(8);
    expect(rankSpread({ a: 4, b: 4, c: 5 }, ['a', 'b', 'c'])).toBe(1);
    expect(differsStrongly(8)).toBe(true);
    expect(differsStrongly(RANK_DIFFERENCE - 1)).toBe(false);
    expect(differsStrongly(RANK_DIFFERENCE)).toBe(true);
  });

  it('counts unscored under some weighting as a strong difference, and under all as none', () => {
    expect(rankSpread({ a: 1, b: null }, ['a', 'b'])).toBe(Number.POSITIVE_INFINITY);
    expect(differsStrongly(rankSpread({ a: 1 }, ['a', 'b']))).toBe(true);
    expect(rankSpread({ a: null, b: null }, ['a', 'b'])).toBeNull();
    expect(differsStrongly(null)).toBe(false);
  });

  it('never depends on the order of the weightings', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 6 }), (places) => {
        const ids = places.map((_, i) => `w${i}`);
        const positions = Object.fromEntries(ids.map((id, i) => [id, places[i] as number]));
        expect(rankSpread(positions, [...ids].reverse())).toBe(rankSpread(positions, ids));
        expect(rankSpread(positions, ids)).toBe(Math.max(...places) - Math.min(...places));
      }),
    );
  });
});
