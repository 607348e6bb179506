import { describe, expect, it } from 'vitest';
import { CHANGE_SENTENCE_MESSAGES } from '../../shared/messages/change-sentence-messages.ts';
import { MINISTRY_CODES, MINISTRY_NAMES } from '../../shared/ministry.ts';
import { SERVER_MESSAGES } from '../../shared/server-messages.ts';
import { messages } from './all-languages.ts';

/**
 * The ministries' official names (valtioneuvosto.fi / statsrådet.fi / government.fi), as the
 * list, the filters, exports and sentences show them. A change here is a change of an official
 * name, not a matter of style.
 */
const OFFICIAL = {
  VNK: ['valtioneuvoston kanslia', 'statsrådets kansli', "Prime Minister's Office"],
  UM: ['ulkoministeriö', 'utrikesministeriet', 'Ministry for Foreign Affairs'],
  OM: ['oikeusministeriö', 'justitieministeriet', 'Ministry of Justice'],
  SM: ['sisäministeriö', 'inrikesministeriet', 'Ministry of the Interior'],
  PLM: ['puolustusministeriö', 'försvarsministeriet', 'Ministry of Defence'],
  VM: ['valtiovarainministeriö', 'finansministeriet', 'Ministry of Finance'],
  OKM: [
    'opetus- ja kulttuuriministeriö',
    'undervisnings- och kulturministeriet',
    'Ministry of Education and Culture',
  ],
  MMM: [
    'maa- ja metsätalousministeriö',
    'jord- och skogsbruksministeriet',
    'Ministry of Agriculture and Forestry',
  ],
  LVM: [
    'liikenne- ja viestintäministeriö',
    'kommunikationsministeriet',
    'Ministry of Transport and Communications',
  ],
  TEM: [
    'työ- ja elinkeinoministeriö',
    'arbets- och näringsministeriet',
    'Ministry of Economic Affairs and Employment',
  ],
  STM: [
    'sosiaali- ja terveysministeriö',
    'social- och hälsovårdsministeriet',
    'Ministry of Social Affairs and Health',
  ],
  YM: ['ympäristöministeriö', 'miljöministeriet', 'Ministry of the Environment'],
} as const;

function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (typeof node !== 'object' || node === null) return [];
  return Object.values(node).flatMap(texts);
}

/** Every Swedish or English text a user can read that the catalogues hold, in the client and in shared/. */
function allTexts(language: 'sv' | 'en'): string[] {
  const shared = [SERVER_MESSAGES, CHANGE_SENTENCE_MESSAGES].flatMap((catalogue) =>
    Object.values(catalogue).map((entry) => entry[language]),
  );
  return [...texts(messages[language]), ...shared];
}

const SWEDISH = new Set(Object.values(OFFICIAL).map(([, sv]) => sv.toLowerCase()));
const ENGLISH = Object.values(OFFICIAL).map(([, , en]) => en);

/** Ministry names in Swedish texts that are not official: a compound on -ministeriet(s), with its "x- och" part. */
function unofficialSwedish(all: string[]): string[] {
  const named = /(?:\p{L}+- och )?\p{L}+ministeriet(?=s?(?!\p{L}))/giu;
  return all.flatMap((text) =>
    [...text.matchAll(named)].map((m) => m[0]).filter((name) => !SWEDISH.has(name.toLowerCase())),
  );
}

/** What follows "Ministry of/for" in English texts where it is not an official name. */
function unofficialEnglish(all: string[]): string[] {
  return all.flatMap((text) =>
    [...text.matchAll(/Ministry (?:of|for) /g)]
      .map((m) => text.slice(m.index))
      .filter((rest) => !ENGLISH.some((name) => rest.startsWith(name)))
      .map((rest) => rest.slice(0, 50)),
  );
}

describe('ministry names', () => {
  it('are the official names in Finnish, Swedish and English, for every ministry', () => {
    expect(Object.keys(OFFICIAL).sort()).toEqual([...MINISTRY_CODES].sort());
    for (const code of MINISTRY_CODES) {
      const [fi, sv, en] = OFFICIAL[code];
      expect(MINISTRY_NAMES[code], code).toEqual({ fi, sv, en });
    }
  });

  it('are written officially wherever a Swedish or English text names a ministry', () => {
    expect(unofficialSwedish(allTexts('sv'))).toEqual([]);
    expect(unofficialEnglish(allTexts('en'))).toEqual([]);
  });

  it('are checked: an unofficial or an old name is named, the plain word is not', () => {
    expect(
      unofficialSwedish([
        'Trafik- och kommunikationsministeriets projekt',
        'Arbets- och näringsministeriet och finansministeriet',
        'Det ansvariga ministeriet och ministeriets redaktörer',
        'Kulturministeriet',
      ]),
    ).toEqual(['Trafik- och kommunikationsministeriet', 'Kulturministeriet']);
    expect(
      unofficialEnglish([
        'the Ministry of Employment and the Economy',
        'the Ministry of Foreign Affairs',
        'the Ministry of Finance and the Ministry of Economic Affairs and Employment',
      ]),
    ).toEqual(['Ministry of Employment and the Economy', 'Ministry of Foreign Affairs']);
  });
});
