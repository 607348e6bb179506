import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START, splitHighlight } from './initiative-list.ts';

const mark = (text: string) => `${HIGHLIGHT_START}${text}${HIGHLIGHT_END}`;
const plainText = (minLength: number) =>
  fc
    .string({ unit: 'grapheme', minLength, maxLength: 12 })
    .filter((s) => !s.includes(HIGHLIGHT_START) && !s.includes(HIGHLIGHT_END));

describe('splitHighlight', () => {
  it('splits a highlighted title into plain and matched parts', () => {
    expect(splitHighlight(`Datatalouden ${mark('hanke')} ja ${mark('hankkeet')}`)).toEqual([
      { text: 'Datatalouden ', match: false },
      { text: 'hanke', match: true },
      { text: ' ja ', match: false },
      { text: 'hankkeet', match: true },
    ]);
  });

  it('leaves text without marks whole, and gives nothing for nothing', () => {
    expect(splitHighlight('Ei osumia')).toEqual([{ text: 'Ei osumia', match: false }]);
    expect(splitHighlight('')).toEqual([]);
  });

  it('keeps an unclosed mark as plain text rather than losing words', () => {
    expect(splitHighlight(`alku ${HIGHLIGHT_START}loppu`)).toEqual([
      { text: `alku ${HIGHLIGHT_START}loppu`, match: false },
    ]);
  });

  it('gives back exactly the parts a highlight was built from', () => {
    const segment = fc.oneof(
      plainText(1).map((text) => ({ text, match: false })),
      plainText(1).map((text) => ({ text, match: true })),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        // Adjacent plain parts are one run of text once written out.
        const expected: { text: string; match: boolean }[] = [];
        for (const s of segments) {
          const last = expected.at(-1);
          if (last && !last.match && !s.match) last.text += s.text;
          else expected.push({ ...s });
        }
        const written = segments.map((s) => (s.match ? mark(s.text) : s.text)).join('');
        expect(splitHighlight(written)).toEqual(expected);
      }),
    );
  });

  it('never invents text: the parts of any string join back into it with marks removed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(plainText(0), fc.constantFrom(HIGHLIGHT_START, HIGHLIGHT_END)), { maxLength: 10 }),
        (pieces) => {
          const input = pieces.join('');
          const joined = splitHighlight(input)
            .map((p) => p.text)
            .join('');
          const strip = (s: string) => s.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '');
          expect(strip(joined)).toBe(strip(input));
        },
      ),
    );
  });
});
