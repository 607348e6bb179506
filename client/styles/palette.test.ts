import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEALTH_STYLES } from '../../shared/chart-palette.ts';
import { contrastRatio } from '../../shared/contrast.ts';

/**
 * The house colours against every background the style sheets paint (WCAG 1.4.3 and 1.4.11):
 * text 4.5:1, health symbols and the focus ring 3:1. axe checks the text it sees rendered; this
 * also covers the states a scan may not meet (a focus ring on the dark header, a badge on a
 * tinted card) and a colour changed in one place but not the other.
 */
const styleDir = import.meta.dirname;
const sheets = [
  join(styleDir, '..', 'styles.css'),
  ...readdirSync(styleDir)
    .filter((f) => f.endsWith('.css'))
    .map((f) => join(styleDir, f)),
];
const css = sheets.map((file) => readFileSync(file, 'utf8')).join('\n');

const variable = (name: string): string => {
  const found = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1];
  if (!found) throw new Error(`--${name} is not a #rrggbb colour in the style sheets`);
  return found.toLowerCase();
};
const expand = (hex: string) =>
  (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toLowerCase();

/** Every solid background colour the sheets use, plus the root tints. */
const backgrounds = [
  ...new Set([
    ...[...css.matchAll(/background(?:-color)?:\s*(#[0-9a-f]{6}|#[0-9a-f]{3})\b/gi)].map((m) =>
      expand(m[1] ?? ''),
    ),
    variable('color-bg-soft'),
    variable('color-highlight'),
  ]),
];
const isLight = (hex: string) => contrastRatio(hex, '#000000') > contrastRatio(hex, '#ffffff');
const light = backgrounds.filter(isLight);
const dark = backgrounds.filter((hex) => !isLight(hex));

describe('the house colours', () => {
  it('finds the backgrounds it checks against', () => {
    expect(light).toContain('#ffffff');
    expect(light.length).toBeGreaterThan(4);
    expect(dark.length).toBeGreaterThan(0);
  });

  it('writes text at 4.5:1 or more on every light background', () => {
    for (const name of ['color-text', 'color-muted', 'color-brand', 'color-amber', 'color-red'])
      for (const background of light)
        expect(
          contrastRatio(variable(name), background),
          `--${name} on ${background}`,
        ).toBeGreaterThanOrEqual(4.5);
  });

  it('draws the health symbols at 3:1 or more on every light background, in the colours the charts use', () => {
    expect(variable('color-green')).toBe(HEALTH_STYLES.green.colour);
    expect(variable('color-amber')).toBe(HEALTH_STYLES.amber.colour);
    expect(variable('color-red')).toBe(HEALTH_STYLES.red.colour);
    expect(variable('color-muted')).toBe(HEALTH_STYLES.not_assessed.colour);
    for (const [rating, { colour }] of Object.entries(HEALTH_STYLES))
      for (const background of light)
        expect(
          contrastRatio(colour, background),
          `${rating} ${colour} on ${background}`,
        ).toBeGreaterThanOrEqual(3);
  });

  it('shows the focus ring at 3:1 or more on every background, light and dark', () => {
    expect(css).toMatch(/--focus:[^;]*var\(--color-focus\)/);
    for (const background of backgrounds)
      expect(
        contrastRatio(variable('color-focus'), background),
        `focus on ${background}`,
      ).toBeGreaterThanOrEqual(3);
  });
});
