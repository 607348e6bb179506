import { describe, expect, it } from 'vitest';
import { formatCentsForInput, parseEurosToCents } from './budget.ts';

describe('parseEurosToCents', () => {
  it('reads Finnish and English ways of writing euros', () => {
    expect(parseEurosToCents('1 250 000,50')).toEqual({ ok: true, cents: 125_000_050 });
    expect(parseEurosToCents('1\u00a0250\u00a0000,5 €')).toEqual({ ok: true, cents: 125_000_050 });
    expect(parseEurosToCents('1250000.05')).toEqual({ ok: true, cents: 125_000_005 });
    expect(parseEurosToCents('0,29')).toEqual({ ok: true, cents: 29 });
    expect(parseEurosToCents('007')).toEqual({ ok: true, cents: 700 });
  });

  it('treats an empty field as no budget', () => {
    expect(parseEurosToCents('  ')).toEqual({ ok: true, cents: null });
  });

  it('rejects what it cannot read exactly', () => {
    for (const text of ['1,250,000', '1.250.000', '12,345', '-5', 'abc', '1e6', '10,']) {
      expect(parseEurosToCents(text)).toEqual({ ok: false, error: 'format' });
    }
  });

  it('rejects budgets beyond 100 billion euros without losing precision', () => {
    expect(parseEurosToCents('100 000 000 000')).toEqual({ ok: true, cents: 10_000_000_000_000 });
    expect(parseEurosToCents('100 000 000 000,01')).toEqual({ ok: false, error: 'tooLarge' });
    expect(parseEurosToCents('99999999999999999999')).toEqual({ ok: false, error: 'tooLarge' });
  });
});

describe('formatCentsForInput', () => {
  it('groups thousands and keeps the cents', () => {
    expect(formatCentsForInput(125_000_050, 'fi')).toBe('1 250 000,50');
    expect(formatCentsForInput(125_000_050, 'en')).toBe('1 250 000.50');
    expect(formatCentsForInput(5, 'fi')).toBe('0,05');
    expect(formatCentsForInput(100_000, 'sv')).toBe('1 000');
    expect(formatCentsForInput(null, 'fi')).toBe('');
  });

  it('round-trips through the parser', () => {
    for (const cents of [0, 1, 99, 100, 123_456_789, 10_000_000_000_000]) {
      expect(parseEurosToCents(formatCentsForInput(cents, 'fi'))).toEqual({ ok: true, cents });
    }
  });
});
