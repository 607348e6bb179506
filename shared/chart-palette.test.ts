import { describe, expect, it } from 'vitest';
import { ALL_STYLES } from './chart-palette.ts';
import { contrastRatio } from './contrast.ts';

describe('the chart palette', () => {
  it('gives every series at least 3:1 against the white background (WCAG 1.4.11)', () => {
    for (const [set, styles] of Object.entries(ALL_STYLES)) {
      for (const [series, { colour }] of Object.entries(styles)) {
        expect(contrastRatio(colour, '#ffffff'), `${set}.${series} ${colour}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('never tells two series of one chart apart by colour alone: each has its own pattern', () => {
    for (const [set, styles] of Object.entries(ALL_STYLES)) {
      const patterns = Object.values(styles).map((s) => s.pattern);
      expect(new Set(patterns).size, set).toBe(patterns.length);
    }
  });

  it('computes the contrast ratio as WCAG defines it', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
