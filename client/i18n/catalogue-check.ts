/**
 * Checks a translation of the UI catalogue against its Finnish source beyond what the types
 * can: a key missing or extra at run time, an empty text, `{{placeholders}}` that differ, a
 * plural lacking a form, and Finnish text left in a Swedish or English catalogue. Pure, so the
 * test proves it on broken copies as well as on the real catalogues (catalogue-complete.test.ts).
 */

type Tree = { readonly [key: string]: unknown };

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
/** Finnish, Swedish and English all choose between these two (Intl.PluralRules). */
const REQUIRED_FORMS = ['one', 'other'] as const;

function isPlural(node: unknown): node is Record<string, unknown> {
  if (typeof node !== 'object' || node === null) return false;
  const keys = Object.keys(node);
  return (
    keys.length > 0 &&
    keys.every((key) => (PLURAL_FORMS as readonly string[]).includes(key)) &&
    keys.some((key) => key === 'one' || key === 'other')
  );
}

/** The `{{name}}` slots of a text, sorted and without repeats. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] as string))].sort();
}

/**
 * Signs of Finnish in a text that should be Swedish or English, checked only where a text is
 * the same as its Finnish source (a name or a code is written alike in every language). ä and ö
 * are Swedish letters too: for Swedish, Finnish words and endings are the sign.
 */
const FINNISH_WORDS =
  /(?<!\p{L})(ja|tai|ei|ovat|oli|sekä|kanssa|hanke|hankkeet|hankkeen|hanketta|ministeriö|ministeriön|tila|tiedot|valitse|tallenna|peruuta|poista|lisää|muokkaa|näytä|kaikki|uusi)(?!\p{L})/iu;
const FINNISH_ENDINGS =
  /\p{L}{2,}(ssa|ssä|sta|stä|lla|llä|lta|ltä|ksi|nen|iden|aan|ään|iin|uun|yyn|öön|ttu|tty)(?!\p{L})/iu;
const NON_ENGLISH_LETTERS = /[äöåÄÖÅ]/u;

/** The words of a text, in lower case; placeholders and links are code, not language. */
export function wordsOf(text: string): string[] {
  const plain = text.replace(/\{\{\s*\w+\s*\}\}/g, ' ').replace(/https?:\/\/\S+/g, ' ');
  return (plain.toLowerCase().match(/\p{L}{2,}/gu) ?? []) as string[];
}

export function looksFinnish(
  text: string,
  language: 'sv' | 'en',
  finnishOnly: ReadonlySet<string> = new Set(),
): boolean {
  const words = wordsOf(text);
  if (language === 'en' && words.some((word) => NON_ENGLISH_LETTERS.test(word))) return true;
  const plain = words.join(' ');
  return (
    words.some((word) => finnishOnly.has(word)) || FINNISH_WORDS.test(plain) || FINNISH_ENDINGS.test(plain)
  );
}

type Leaf = { path: string; fi: string; other: unknown };

function leaves(path: string, fi: unknown, other: unknown, out: Leaf[]): Leaf[] {
  if (typeof fi === 'string') out.push({ path, fi, other });
  else if (typeof fi === 'object' && fi !== null) {
    for (const [key, value] of Object.entries(fi)) {
      leaves(path ? `${path}.${key}` : key, value, (other as Tree | undefined)?.[key], out);
    }
  }
  return out;
}

/**
 * The words the Finnish catalogue uses that the translation never does, from the texts that
 * were translated: "kirjaudu" is one, "OECD" is not. A text copied from Finnish that holds one
 * was left untranslated.
 */
function finnishOnlyWords(all: Leaf[]): Set<string> {
  const translated = all.filter((leaf) => typeof leaf.other === 'string' && leaf.other !== leaf.fi);
  const theirs = new Set(translated.flatMap((leaf) => wordsOf(leaf.other as string)));
  return new Set(translated.flatMap((leaf) => wordsOf(leaf.fi)).filter((word) => !theirs.has(word)));
}

export interface CheckOptions {
  /** Paths (`codes.theme.ai`) whose text may equal the Finnish one and still look Finnish: names. */
  sameAsFinnish?: ReadonlySet<string>;
}

/** Every problem of `translation` (in `language`) against `source`, one sentence each with its path. */
export function checkTranslation(
  source: Tree,
  translation: Tree,
  language: 'sv' | 'en',
  options: CheckOptions = {},
): string[] {
  const problems: string[] = [];
  const allowed = options.sameAsFinnish ?? new Set<string>();
  const finnishOnly = finnishOnlyWords(leaves('', source, translation, []));

  const checkText = (path: string, fi: unknown, other: unknown) => {
    if (typeof other !== 'string') {
      problems.push(`${path}: ${language} is ${other === undefined ? 'missing' : 'not a text'}`);
      return;
    }
    if (other.trim() === '') {
      problems.push(`${path}: ${language} is empty`);
      return;
    }
    if (typeof fi !== 'string') return;
    const [want, got] = [placeholders(fi).join(', '), placeholders(other).join(', ')];
    if (want !== got) problems.push(`${path}: ${language} has {{${got}}}, Finnish has {{${want}}}`);
    if (other === fi && !allowed.has(path) && looksFinnish(other, language, finnishOnly)) {
      problems.push(`${path}: ${language} is the Finnish text untranslated: "${other}"`);
    }
  };

  const walk = (path: string, fi: unknown, other: unknown) => {
    if (typeof fi === 'string') {
      if (fi.trim() === '') problems.push(`${path}: fi is empty`);
      checkText(path, fi, other);
      return;
    }
    if (isPlural(fi)) {
      if (!isPlural(other)) {
        problems.push(`${path}: ${language} is ${other === undefined ? 'missing' : 'not a plural'}`);
        return;
      }
      for (const form of REQUIRED_FORMS) {
        if (typeof fi[form] !== 'string') problems.push(`${path}.${form}: fi lacks the plural form`);
        if (typeof other[form] !== 'string') {
          problems.push(`${path}.${form}: ${language} lacks the plural form`);
          continue;
        }
        checkText(`${path}.${form}`, fi[form], other[form]);
      }
      for (const form of Object.keys(other)) {
        if (!(form in fi)) problems.push(`${path}.${form}: ${language} has a form Finnish has not`);
      }
      return;
    }
    if (typeof fi !== 'object' || fi === null) {
      problems.push(`${path}: fi is neither a text, a plural nor an area`);
      return;
    }
    if (typeof other !== 'object' || other === null) {
      problems.push(`${path}: ${language} is ${other === undefined ? 'missing' : 'not an area'}`);
      return;
    }
    const [fiNode, otherNode] = [fi as Tree, other as Tree];
    for (const key of Object.keys(fiNode)) walk(path ? `${path}.${key}` : key, fiNode[key], otherNode[key]);
    for (const key of Object.keys(otherNode)) {
      if (!(key in fiNode))
        problems.push(`${path ? `${path}.${key}` : key}: ${language} has a key Finnish has not`);
    }
  };

  walk('', source, translation);
  return problems;
}
