import { describe, expect, it } from 'vitest';
import { CHANGE_SENTENCE_MESSAGES, SUMMARY_PARTS } from '../../shared/messages/change-sentence-messages.ts';
import { HANKEIKKUNA_MESSAGES } from '../../shared/messages/hankeikkuna-messages.ts';
import { IMPORT_FILE_MESSAGES } from '../../shared/messages/import-file-messages.ts';
import { IMPORT_REPORT_MESSAGES } from '../../shared/messages/import-report-messages.ts';
import { SERVER_MESSAGES } from '../../shared/server-messages.ts';
import { VALIDATION_MESSAGES } from '../../shared/validation-messages.ts';
import { messages } from './all-languages.ts';
import { checkTranslation, looksFinnish, placeholders } from './catalogue-check.ts';

/**
 * Texts that may be the Finnish text in Swedish or English too, each for its reason. Keep it
 * short: every entry is a text a Swedish or English reader sees in Finnish.
 */
const SAME_AS_FINNISH = new Set([
  // The language switcher names each language in itself ("Suomeksi", "På svenska"), whatever the UI language.
  'common.language.fi',
  'common.language.sv',
]);

/** Messages whose `{{slots}}` differ by design, each for its reason. */
const OWN_PLACEHOLDERS = new Set([
  // Finnish names the field by its label ("lisäsi tiedon: Budjetti 2 000 €"); Swedish and English
  // put the field's sentence form in the sentence ("set the budget to €2,000").
  'initiative.history.set',
  'initiative.history.cleared',
  // zlib's own detail of a broken file is in English: only the English message carries it.
  'IMPORT_FILE_MESSAGES.zipBadDeflate',
]);

const LANGUAGES = ['sv', 'en'] as const;

function realProblems(source: object, translation: object, language: 'sv' | 'en'): string[] {
  return checkTranslation(source as never, translation as never, language, {
    sameAsFinnish: SAME_AS_FINNISH,
  }).filter(
    (problem) => !OWN_PLACEHOLDERS.has(problem.slice(0, problem.indexOf(':'))) || !/ has \{\{/.test(problem),
  );
}

/** `{ key: { fi, sv, en } }` catalogues of shared/ (server and export messages) as one tree per language. */
function perLanguage(catalogue: object, language: 'fi' | 'sv' | 'en'): object {
  const node = catalogue as Record<string, unknown>;
  if ('fi' in node && 'sv' in node && 'en' in node && typeof node.fi === 'string')
    return node[language] as never;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, perLanguage(value as object, language)]),
  );
}

const SHARED_CATALOGUES = {
  VALIDATION_MESSAGES,
  SERVER_MESSAGES,
  CHANGE_SENTENCE_MESSAGES,
  SUMMARY_PARTS,
  HANKEIKKUNA_MESSAGES,
  IMPORT_FILE_MESSAGES,
  IMPORT_REPORT_MESSAGES,
};
const shared = (language: 'fi' | 'sv' | 'en') => perLanguage(SHARED_CATALOGUES, language);

describe('the UI catalogue', () => {
  for (const language of LANGUAGES) {
    it(`has in ${language} every Finnish key and no other, each translated, with the same placeholders and plural forms`, () => {
      expect(realProblems(messages.fi, messages[language], language)).toEqual([]);
    });
  }
});

describe("the server's and the exports' messages (shared/)", () => {
  for (const language of LANGUAGES) {
    it(`have every key in ${language}, translated, with the Finnish placeholders`, () => {
      expect(realProblems(shared('fi'), shared(language), language)).toEqual([]);
    });
  }
});

/** Every text of a catalogue tree with its path. */
function entries(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => entries(value, path ? `${path}.${key}` : key));
}

describe('the words of DESIGN.md', () => {
  // Digitoimisto is Digitalbyrån and the Digital Office; only an explanation may name it in Finnish.
  const finnishName = (text: string) => /Digitoimisto/.test(text.replace(/\(Digitoimisto\)/g, ''));

  for (const language of LANGUAGES) {
    it(`are used in ${language}: the Digital Office is never Digitoimisto`, () => {
      const found = entries(messages[language]).filter(([, text]) => finnishName(text));
      expect(found).toEqual([]);
    });
  }

  it('are checked', () => {
    expect(finnishName("Digitoimisto's assessment")).toBe(true);
    expect(finnishName('the Digital Office (Digitoimisto), the cooperation group')).toBe(false);
  });

  it('name the app digiportföljen in Swedish', () => {
    expect(entries(messages.sv).filter(([, text]) => /digisalkku/i.test(text))).toEqual([]);
  });
});

it('keeps its exceptions few and real: every allowed path is a Finnish text', () => {
  const at = (path: string) =>
    path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], {
      ...messages.fi,
      ...shared('fi'),
    });
  for (const path of [...SAME_AS_FINNISH, ...OWN_PLACEHOLDERS]) expect(typeof at(path), path).toBe('string');
  expect(SAME_AS_FINNISH.size + OWN_PLACEHOLDERS.size).toBeLessThanOrEqual(6);
});

describe('the checker', () => {
  /**
   * A copy of the real catalogue with some texts set, replaced or removed (undefined), by path:
   * the checker must name each break.
   */
  const broken = (language: 'sv' | 'en', edits: Record<string, unknown>) => {
    const copy = structuredClone(messages[language]) as Record<string, unknown>;
    for (const [path, value] of Object.entries(edits)) {
      const keys = path.split('.');
      const last = keys.pop() as string;
      const parent = keys.reduce((node, key) => node[key] as Record<string, unknown>, copy);
      if (value === undefined) delete parent[last];
      else parent[last] = value;
    }
    return realProblems(messages.fi, copy, language);
  };

  it('passes an unbroken copy', () => {
    expect(broken('sv', {})).toEqual([]);
  });

  it('names a missing key, a missing area and an extra key', () => {
    expect(
      broken('sv', { 'common.login.title': undefined, radar: undefined, 'board.extraKey': 'Extra' }),
    ).toEqual([
      'board.extraKey: sv has a key Finnish has not',
      'common.login.title: sv is missing',
      'radar: sv is missing',
    ]);
  });

  it('names an empty or blank text', () => {
    expect(broken('en', { 'common.login.title': '', 'common.signOut': '  \n' })).toEqual([
      'common.signOut: en is empty',
      'common.login.title: en is empty',
    ]);
  });

  it('names a changed, a dropped or an added placeholder, also in a plural form', () => {
    expect(
      broken('en', {
        'common.roleWithMinistry': '{{role}}, {{ministery}}',
        'list.showResults.other': 'Show the initiatives',
        'initiative.history.created': '{{actor}} created {{title}}.',
      }),
    ).toEqual([
      'common.roleWithMinistry: en has {{ministery, role}}, Finnish has {{ministry, role}}',
      'initiative.history.created: en has {{actor, title}}, Finnish has {{actor}}',
      'list.showResults.other: en has {{}}, Finnish has {{count}}',
    ]);
  });

  it('names a plural without a form, a plural turned into a text and a text turned into a plural', () => {
    expect(
      broken('sv', {
        'list.showResults.one': undefined,
        'snapshot.list.count': 'Ögonblicksbilder',
        'list.archived': { one: 'Arkiverat', other: 'Arkiverade' },
      }),
    ).toEqual([
      'list.showResults.one: sv lacks the plural form',
      'list.archived: sv is not a text',
      'snapshot.list.count: sv is not a plural',
    ]);
  });

  it('names the Finnish text copied untranslated, but not a name or code written alike', () => {
    expect(
      broken('sv', {
        'common.signOut': messages.fi.common.signOut,
        'list.results': messages.fi.list.results,
      }),
    ).toEqual([
      `common.signOut: sv is the Finnish text untranslated: "${messages.fi.common.signOut}"`,
      `list.results: sv is the Finnish text untranslated: "${messages.fi.list.results}"`,
    ]);
    expect(broken('en', { 'codes.health.red': messages.fi.codes.health.red })).toEqual([
      `codes.health.red: en is the Finnish text untranslated: "${messages.fi.codes.health.red}"`,
    ]);
    // The allow-list holds: without it, the language switcher's own names would be named.
    expect(
      checkTranslation(messages.fi as never, messages.en as never, 'en').filter((p) =>
        p.includes('untranslated'),
      ),
    ).toEqual([
      'common.language.fi: en is the Finnish text untranslated: "Suomeksi (FI)"',
      'common.language.sv: en is the Finnish text untranslated: "På svenska (SV)"',
    ]);
  });

  it('tells Finnish from names, codes and punctuation', () => {
    for (const text of ['Tallenna muutokset', 'Hankkeet ministeriöittäin', 'Ei arvioitu', 'Käynnissä']) {
      expect(looksFinnish(text, 'en'), text).toBe(true);
    }
    for (const text of ['Hankkeet ministeriöittäin', 'Näytä kaikki', 'Lausuntokierroksella']) {
      expect(looksFinnish(text, 'sv'), text).toBe(true);
    }
    for (const text of ['OECD', 'Excel (XLSX)', '{{from}} → {{to}}', 'Q{{quarter}} {{year}}', 'digisalkku']) {
      expect(looksFinnish(text, 'en'), text).toBe(false);
      expect(looksFinnish(text, 'sv'), text).toBe(false);
    }
    expect(looksFinnish('Ändra åtgärd', 'sv')).toBe(false);
    expect(looksFinnish('Kirjaudu ulos', 'sv', new Set(['kirjaudu']))).toBe(true);
    expect(placeholders('{{b}} {{a}} {{ b }}')).toEqual(['a', 'b']);
  });
});
