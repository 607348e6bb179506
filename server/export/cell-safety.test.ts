import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './cell-safety.ts';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")'],
    ['+1'],
    ['-2'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('puts an apostrophe before %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it.each([
    ['Kyberturvallisuus'],
    [''],
    ['1+1'],
    ['a=b'],
    [' =1'],
    ["'already quoted"],
    ['Ålands öppna data'],
  ])('leaves %j as it is', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });

  it('neutralises only the start: an escaped text does not begin with a formula character', () => {
    for (const text of ['=1', '+', '-', '@', '\t', '\r', '==', "'=1"]) {
      const safe = neutraliseFormula(text);
      expect(/^[=+\-@\t\r]/.test(safe)).toBe(false);
      expect(safe.endsWith(text)).toBe(true);
    }
  });
});
