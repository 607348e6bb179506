import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isSafeText, replaceUnsafeText, textSchema, truncateText, unsafeTextIndex } from './text.ts';
import { setValidationLanguage } from './validation-messages.ts';

afterEach(() => setValidationLanguage('en'));

const trimmed = textSchema().trim().max(1_000_000);
// Node 20 has it; TypeScript's ES2023 library does not know it yet.
const isWellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();
const ALLOWED_CONTROLS = ['\t', '\n', '\r'];
/** C0 controls but tab, LF and CR, and the XML noncharacters U+FFFE and U+FFFF. */
const FORBIDDEN = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).filter(
    (c) => !ALLOWED_CONTROLS.includes(c),
  ),
  '\uFFFE',
  '\uFFFF',
];

/** Any string of whole code points (emoji and all) without a character we refuse. */
const storable = fc
  .string({ unit: 'binary', maxLength: 80 })
  .filter((s) => isWellFormed(s) && !FORBIDDEN.some((c) => s.includes(c)));
const loneSurrogate = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdbff }).map((code) => ({ text: String.fromCharCode(code), high: true })),
  fc.integer({ min: 0xdc00, max: 0xdfff }).map((code) => ({ text: String.fromCharCode(code), high: false })),
);

describe('textSchema', () => {
  it('passes every storable string unchanged but for the trimming', () => {
    fc.assert(
      fc.property(storable, (text) => {
        expect(trimmed.parse(text)).toBe(text.trim());
      }),
    );
  });

  it('fails every string with a NUL byte, a forbidden control character or a lone surrogate, wherever it is', () => {
    const bad = fc.oneof(
      fc.constantFrom(...FORBIDDEN),
      // A lone half never touching its other half: a low one not after a high one, a high one not before a low one.
      loneSurrogate.map(({ text, high }) => (high ? `${text}x` : `x${text}`)),
    );
    fc.assert(
      fc.property(storable, bad, storable, (before, character, after) => {
        const result = trimmed.safeParse(`${before}${character}${after}`);
        expect(result.success).toBe(false);
        expect(result.error?.issues).toHaveLength(1);
        expect(result.error?.issues[0]?.message).toMatch(
          /^The text contains a character that cannot be stored/,
        );
      }),
    );
  });

  it('agrees with String.prototype.isWellFormed on surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const withoutControls = FORBIDDEN.reduce((rest, c) => rest.replaceAll(c, ''), text);
        expect(isSafeText(withoutControls)).toBe(isWellFormed(withoutControls));
      }),
    );
  });

  it('keeps tabs, line breaks and emoji, and counts the position in characters', () => {
    expect(trimmed.parse(' Rivi 1\r\n\tRivi 2 \u{1F680} ')).toBe('Rivi 1\r\n\tRivi 2 \u{1F680}');
    expect(trimmed.safeParse('\u{1F680}a\u0000').error?.issues[0]?.message).toBe(
      'The text contains a character that cannot be stored (a control character such as a NUL byte, or a broken character) at position 3; remove it.',
    );
    expect(unsafeTextIndex('\u{1F680}a\u0000')).toBe(3);
  });

  it('stops at the unsafe character: one issue, not also the length or format rules after it', () => {
    const schema = textSchema().trim().min(5).regex(/^\d+$/);
    expect(schema.safeParse('1\u0000').error?.issues.map((i) => i.code)).toEqual(['custom']);
  });

  it('answers in the language the client chose', () => {
    setValidationLanguage('fi');
    expect(trimmed.safeParse('a\ud800').error?.issues[0]?.message).toBe(
      'Tekstissä on kohdassa 2 merkki, jota ei voi tallentaa (ohjausmerkki, kuten NUL-tavu, tai rikkinäinen merkki); poista se.',
    );
    setValidationLanguage('sv');
    expect(trimmed.safeParse('\u0000').error?.issues[0]?.message).toMatch(
      /^Texten har på position 1 ett tecken/,
    );
  });
});

describe('truncateText and replaceUnsafeText', () => {
  it('never cuts a surrogate pair in two', () => {
    fc.assert(
      fc.property(storable, fc.integer({ min: 0, max: 100 }), (text, max) => {
        const cut = truncateText(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(text.startsWith(cut)).toBe(true);
        expect(isWellFormed(cut)).toBe(true);
        expect(cut.length).toBeGreaterThanOrEqual(Math.min(text.length, max) - 1);
      }),
    );
    expect(truncateText(`${'a'.repeat(199)}\u{1F680}`, 200)).toBe('a'.repeat(199));
  });

  it('makes any string storable, naming each bad character with U+FFFD', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(isSafeText(replaceUnsafeText(text))).toBe(true);
      }),
    );
    expect(replaceUnsafeText('a\u0000b\ud800\u{1F680}')).toBe('a\uFFFDb\uFFFD\u{1F680}');
  });
});
