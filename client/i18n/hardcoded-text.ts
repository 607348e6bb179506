/**
 * Finds UI text written into a component instead of the catalogue, where Biome's
 * `style/noJsxLiterals` does not look: attributes a person reads or hears (aria-label, title,
 * placeholder, alt, label …) and string expressions among the children (`{'Tallenna'}`).
 * Biome's `noStrings` would flag these too, but also every className and t() key, so this scan
 * is narrower. A literal counts as text when it holds a letter; symbols and punctuation pass.
 */

/** Attributes whose value is read by people or assistive technology. */
const TEXT_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
];

const LETTER = /\p{L}/u;

export interface Finding {
  line: number;
  text: string;
}

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** The static parts of a template literal: `${…}` holes are code. */
function staticParts(template: string): string {
  return template.replace(/\$\{[^}]*\}/g, ' ');
}

export function findHardcodedText(source: string): Finding[] {
  const findings: Finding[] = [];
  const names = TEXT_ATTRIBUTES.join('|');
  // attr="…", attr='…', attr={'…'}, attr={"…"}, attr={`…`}
  const attribute = new RegExp(
    `(?<![\\w-])(${names})=(?:"([^"]*)"|'([^']*)'|\\{\\s*'([^']*)'\\s*\\}|\\{\\s*"([^"]*)"\\s*\\}|\\{\\s*\`([^\`]*)\`\\s*\\})`,
    'g',
  );
  for (const m of source.matchAll(attribute)) {
    const value = m[2] ?? m[3] ?? m[4] ?? m[5] ?? staticParts(m[6] ?? '');
    if (LETTER.test(value)) findings.push({ line: lineOf(source, m.index), text: m[0] });
  }
  // A string expression standing as a child: after a tag's end or another child, not after `=`.
  const child = /(?<=>|\}|^)\s*\{\s*(['"])((?:(?!\1).)*)\1\s*\}/gm;
  for (const m of source.matchAll(child)) {
    if (LETTER.test(m[2] ?? '')) findings.push({ line: lineOf(source, m.index), text: m[0].trim() });
  }
  return findings;
}
