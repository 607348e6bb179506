// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the examples are component source, ${} included.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardcodedText } from './hardcoded-text.ts';

const CLIENT = join(import.meta.dirname, '..');

function componentFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return componentFiles(path);
    return entry.name.endsWith('.tsx') && !entry.name.includes('.test.') ? [path] : [];
  });
}

describe('UI text in components', () => {
  it('comes from the catalogue in every attribute a person reads and every string child (Biome checks JSX text)', () => {
    const files = componentFiles(CLIENT);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) =>
      findHardcodedText(readFileSync(file, 'utf8')).map(
        ({ line, text }) => `${relative(CLIENT, file)}:${line} ${text}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('is found when written into a component, in any quoting', () => {
    const source = [
      '<button aria-label="Sulje valikko" className="x">',
      "  <img alt='Logo' src={src} />",
      "  <input placeholder={'Hae hankkeista'} />",
      '  <abbr title={`${code} – ministeriö`}>{code}</abbr>',
      "  <p>{'Tallenna'}</p>",
      '</button>',
    ].join('\n');
    expect(findHardcodedText(source)).toEqual([
      { line: 1, text: 'aria-label="Sulje valikko"' },
      { line: 2, text: "alt='Logo'" },
      { line: 3, text: "placeholder={'Hae hankkeista'}" },
      { line: 4, text: 'title={`${code} – ministeriö`}' },
      { line: 5, text: "{'Tallenna'}" },
    ]);
  });

  it('lets code, symbols and catalogue text pass', () => {
    const source = [
      '<span aria-label={t("common.close")} className="close" title={`${code} – ${name}`}>',
      "  {' '}·{' '}<span aria-hidden=\"true\">▲</span>",
      '  <Figure label="" value={formatEuros(cents)} />',
      "  {items.map((item) => ({ key: 'a' }))}",
      '</span>',
    ].join('\n');
    expect(findHardcodedText(source)).toEqual([]);
  });
});
