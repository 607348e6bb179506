import fc from 'fast-check';
import { isSafeText } from '../../shared/text.ts';

/**
 * The hostile values and edits of the bad-input suite (bad-input.test.ts): what a careless
 * client, a broken export or an attacker may send in place of a valid input. Each input is a
 * valid one with edits applied: a value at some place swapped for one of another type (the
 * edit that makes almost every input invalid), and hostile values and keys added or put
 * anywhere else.
 */

// ---------------------------------------------------------------- values

/** NUL, other control characters, lone surrogates, noncharacters: never storable (shared/text.ts). */
export const unsafeText = fc
  .tuple(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('\u0000', '\u0007', '\u001b', '\ud800', '\udfff', '\ud83d', '\uffff', '\ufffe', '\u000b'),
    fc.string({ maxLength: 8 }),
  )
  .map(([before, bad, after]) => before + bad + after);

/** Storable but treacherous: direction marks, combining runs, emoji sequences, zero widths, lookalike digits. */
export const unicodeEdge = fc.oneof(
  fc.constantFrom(
    '\u200f\u202eevil\u202c',
    'e\u0301\u0301\u0301\u0301\u0301\u0301',
    '👩‍👩‍👧‍👦',
    '\u200b',
    '\ufeff',
    '\u00a0',
    '\u2028\u2029',
    'İıŞş',
    '２０２６-０１-０１',
    '٢٠٢٦-٠١-٠١',
    'Z̴̡̢̛̗͓͖̝͍̣̼̰̦̲͂̄̌̓̽ȧ̸̢̛̭̹͍̳l̵g̶o̷',
    '\ud83d\ude00'.repeat(1001),
    'ﷺ',
    'עברית ملف',
    '\u034f\u180e\u2060',
    ' ',
  ),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/** Dates that are not, or not in range: February 30th, year zero, five-digit years, other shapes. */
export const impossibleDate = fc.constantFrom(
  '2026-02-30',
  '0000-00-00',
  '0000-01-01',
  '99999-01-01',
  '+012026-01-01',
  '-000001-01-01',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '1900-02-29',
  '2025-02-29',
  '2026-1-1',
  '26-01-01',
  '2026/01/01',
  '31.2.2026',
  '2026-01-01T00:00:00Z',
  '2026-01-01T25:61:61',
  '9999-12-31',
  '1989-12-31',
  '2101-01-01',
  '0001-01-01',
);

/** Numbers no field takes: not finite, negative zero, past 32 and 53 bits, fractions, bigints. */
export const hostileNumber = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53,
    2 ** 53 + 2,
    -(2 ** 53),
    1e21,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    0.5,
    -1,
    1.0000000000000002,
  ),
  fc.double(),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
);

/** Number literals JSON.parse reads to something odd (1e309 is Infinity), or not at all. */
export const rawNumber = fc.constantFrom(
  '1e309',
  '-1e309',
  '1e-400',
  '123456789012345678901234567890',
  '-0',
  '0x10',
  '01',
  '.5',
  '+1',
  'NaN',
  'Infinity',
);

/**
 * A value too big to print in a counterexample (megabytes of text, thousands of levels): it
 * is made when an edit puts it in place, and printed as what it is.
 */
export class Big {
  constructor(
    readonly description: string,
    readonly make: () => unknown,
  ) {}
  [fc.toStringMethod]() {
    return `Big(${this.description})`;
  }
}

/** The value an edit puts in place: a Big made, anything else copied (constants are shared between samples). */
export const materialize = (value: unknown): unknown => (value instanceof Big ? value.make() : copyOf(value));

/** Longer than every limit of the API; the longest also above the 2 MB request limit. */
export const hugeString = fc
  .tuple(fc.constantFrom(2_001, 20_001, 200_001, 1_100_000, 2_500_000), fc.constantFrom('a', 'ä', '🙂', ' '))
  .map(
    ([length, unit]) =>
      new Big(`"${unit}" × ${Math.ceil(length / unit.length)}`, () =>
        unit.repeat(Math.ceil(length / unit.length)),
      ),
  );

export const wrongType = fc.constantFrom<unknown>(
  null,
  undefined,
  true,
  false,
  0,
  1,
  '',
  'x',
  [],
  {},
  [null],
  [[]],
  { '': '' },
  new Map([['a', 1]]),
  new Set([1]),
  new Date('2026-01-01T00:00:00Z'),
  10n,
);

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** An object with its own property named `key`, as JSON.parse makes one (a literal would set the prototype). */
export function withOwn(target: object, key: string, value: unknown): object {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}

/** The payloads of prototype pollution: objects a merge would copy onto Object.prototype. */
export const pollutingObject = fc
  .tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom('polluted', 'isAdmin', 'role', 'toString'))
  .map(([key, property]) =>
    key === 'constructor'
      ? withOwn({}, 'constructor', { prototype: { [property]: 'polluted' } })
      : withOwn({}, key, { [property]: 'polluted' }),
  );

/** Thousands of levels of arrays or objects (deeper than JSON.stringify itself can go). */
export const deepNesting = fc
  .tuple(fc.integer({ min: 1_000, max: 5_000 }), fc.constantFrom('array', 'object', 'mixed'))
  .map(
    ([depth, kind]) =>
      new Big(`${kind} nested ${depth} deep`, () => {
        let value: unknown = 'bottom';
        for (let level = 0; level < depth; level++)
          value = kind === 'array' || (kind === 'mixed' && level % 2) ? [value] : { a: value };
        return value;
      }),
  );

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: wrongType },
  { weight: 4, arbitrary: unsafeText },
  { weight: 3, arbitrary: unicodeEdge },
  { weight: 3, arbitrary: impossibleDate },
  { weight: 4, arbitrary: hostileNumber },
  { weight: 1, arbitrary: hugeString },
  { weight: 2, arbitrary: pollutingObject },
  { weight: 1, arbitrary: deepNesting },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

export const hostileKey = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'toString',
      'valueOf',
      'hasOwnProperty',
      '__defineGetter__',
      '$where',
      '',
      ' ',
    ),
  },
  { weight: 2, arbitrary: unsafeText },
  { weight: 1, arbitrary: unicodeEdge },
  { weight: 1, arbitrary: fc.constant('k'.repeat(10_000)) },
);

/** A marker JSON text carries as a number literal JSON.parse reads oddly (1e309 is Infinity). */
export const rawLiteral = (literal: string) => `@@raw:${literal}@@`;

/** JSON text with each raw-literal marker written as the literal it stands for. */
export const withRawLiterals = (json: string) =>
  json.replace(/"@@raw:([^"@]*)@@"/g, (_match, literal: string) => literal);

/** Text jsonText writes as it is, between the values. */
class Punctuation {
  constructor(readonly text: string) {}
}

/**
 * JSON text of any value, without recursion (JSON.stringify runs out of stack a few thousand
 * levels down), written as a sloppy writer would: NaN, ±Infinity and bigints as bare literals,
 * Maps and Sets as arrays, Dates as their ISO text, undefined left out of objects.
 */
export function jsonText(root: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof Punctuation) out.push(item.text);
    else if (item === null || item === undefined) out.push('null');
    else if (typeof item === 'bigint') out.push(item.toString());
    else if (typeof item === 'number') out.push(Number.isFinite(item) ? JSON.stringify(item) : String(item));
    else if (typeof item === 'string') out.push(withRawLiterals(JSON.stringify(item)));
    else if (typeof item === 'boolean') out.push(String(item));
    else if (item instanceof Date)
      out.push(JSON.stringify(Number.isNaN(item.getTime()) ? null : item.toISOString()));
    else if (Array.isArray(item) || item instanceof Map || item instanceof Set) {
      const items = item instanceof Map ? [...item.entries()] : [...item];
      out.push('[');
      stack.push(new Punctuation(']'));
      // Pushed in reverse, with the separators, so they come out in order.
      for (let i = items.length - 1; i >= 0; i--) {
        stack.push(items[i] === undefined ? null : items[i]);
        if (i > 0) stack.push(new Punctuation(','));
      }
    } else if (typeof item === 'object') {
      const entries = Object.keys(item).filter((key) => (item as Record<string, unknown>)[key] !== undefined);
      out.push('{');
      stack.push(new Punctuation('}'));
      for (let i = entries.length - 1; i >= 0; i--) {
        const key = entries[i] as string;
        stack.push((item as Record<string, unknown>)[key]);
        stack.push(new Punctuation(`${JSON.stringify(key)}:`));
        if (i > 0) stack.push(new Punctuation(','));
      }
    } else out.push('null');
  }
  return out.join('');
}

// ---------------------------------------------------------------- edits

/** `pick` chooses among the places of the input (modulo how many there are), so shrinking stays valid. */
export type Edit =
  | { op: 'set'; pick: number; value: unknown }
  | { op: 'addKey'; pick: number; key: string; value: unknown }
  | { op: 'delete'; pick: number };

/** The `n`th value of another kind than `like`: what makes an edited input invalid wherever it lands. */
export function retyped(like: unknown, n: number): unknown {
  const others: unknown[] =
    typeof like === 'string'
      ? [n, {}, [like], true, Number.NaN]
      : typeof like === 'number'
        ? [String(like), {}, [like], true, `${like}\u0000`]
        : typeof like === 'boolean'
          ? ['true', 1, {}, []]
          : Array.isArray(like)
            ? ['[]', 1, { 0: like[0] }, true]
            : like === null
              ? [{}, [], 'null', Number.NaN]
              : ['{}', 1, [like], false];
  return others[n % others.length];
}

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant('set' as const), pick: fc.noBias(fc.nat()), value: hostileValue }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('addKey' as const),
      pick: fc.noBias(fc.nat()),
      key: hostileKey,
      value: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), pick: fc.noBias(fc.nat()) }) },
);

/**
 * The edits of one input: a retyping of one place of the valid input (to the `retypeWith`th
 * value of another kind, or to `literal` where the input travels as JSON text), and up to three more.
 */
export interface Edits {
  retypeAt: number;
  retypeWith: number;
  literal?: string | null;
  extra: Edit[];
}
export const editsArb: fc.Arbitrary<Edits> = fc.record({
  retypeAt: fc.noBias(fc.nat()),
  retypeWith: fc.noBias(fc.nat()),
  extra: fc.array(editArb, { maxLength: 3 }),
});

type Path = (string | number)[];
const MAX_PLACES = 2_000;
const MAX_DEPTH = 40;

/** The places of a value: every node (the root first) down to MAX_DEPTH, without recursion. */
export function placesOf(value: unknown, filter: (node: unknown) => boolean = () => true): Path[] {
  const places: Path[] = [];
  const stack: [unknown, Path][] = [[value, []]];
  while (stack.length > 0 && places.length < MAX_PLACES) {
    const [node, path] = stack.pop() as [unknown, Path];
    if (filter(node)) places.push(path);
    if (path.length >= MAX_DEPTH || typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) node.forEach((item, index) => void stack.push([item, [...path, index]]));
    else if (Object.getPrototypeOf(node) === Object.prototype || Object.getPrototypeOf(node) === null)
      for (const key of Object.keys(node))
        stack.push([(node as Record<string, unknown>)[key], [...path, key]]);
  }
  return places;
}

/** A copy of JSON-like data (Dates, Maps and other instances are shared, not copied). */
export function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return value;
  const copy = {};
  for (const key of Object.keys(value)) withOwn(copy, key, copyOf((value as Record<string, unknown>)[key]));
  return copy as T;
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  withOwn(parent, String(path.at(-1)), value);
  return root;
}

function deleteAt(root: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete parent[last];
  return root;
}

const isPlainObject = (node: unknown) =>
  typeof node === 'object' &&
  node !== null &&
  !Array.isArray(node) &&
  Object.getPrototypeOf(node) === Object.prototype;
const isLeaf = (node: unknown) => typeof node !== 'object' || node === null || node instanceof Date;

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

/**
 * The valid input with the edits: the extra ones first, then the retyping of one place that
 * was in the valid input (so it lands where the schema looks, not in an added key it strips).
 */
export function applyEdits(valid: unknown, edits: Edits): unknown {
  const validPlaces = placesOf(valid);
  let value = copyOf(valid);
  for (const edit of edits.extra) {
    if (edit.op === 'addKey') {
      const objects = placesOf(value, isPlainObject);
      if (objects.length === 0) continue;
      const path = objects[edit.pick % objects.length] as Path;
      withOwn(valueAt(value, path) as object, edit.key, materialize(edit.value));
      continue;
    }
    const places = placesOf(value);
    const path = places[edit.pick % places.length] as Path;
    value = edit.op === 'set' ? setAt(value, path, materialize(edit.value)) : deleteAt(value, path);
  }
  const leaves = validPlaces.filter((path) => isLeaf(valueAt(valid, path)));
  const target = leaves.length > 0 ? leaves[edits.retypeAt % leaves.length] : validPlaces[0];
  if (target === undefined) return value;
  // The place may be gone (deleted, or under a replaced parent): then the retyping replaces the nearest one left.
  let path = target;
  while (path.length > 0 && !hasPath(value, path)) path = path.slice(0, -1);
  const like = path.length > 0 ? valueAt(value, path) : value;
  return setAt(value, path, edits.literal ? rawLiteral(edits.literal) : retyped(like, edits.retypeWith));
}

function hasPath(root: unknown, path: Path): boolean {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}

// ---------------------------------------------------------------- what an input holds

const DATE_LIKE = /^[+-]?\d{1,6}[-/.]\d{1,2}[-/.]\d{1,4}/;

/** The kind of hostile value an edit put in, for the suite's breakdown. */
export function kindOf(value: unknown): string {
  if (value instanceof Big) return value.description.includes('nested') ? 'deep nesting' : 'huge strings';
  if (typeof value === 'string') {
    if (value.startsWith('@@raw:')) return 'numbers';
    if (!isSafeText(value)) return 'NUL, control characters, lone surrogates';
    if (DATE_LIKE.test(value)) return 'impossible dates';
    return 'unicode edge cases';
  }
  if (typeof value === 'number' || typeof value === 'bigint') return 'numbers';
  if (typeof value === 'object' && value !== null && PROTOTYPE_KEYS.some((key) => Object.hasOwn(value, key)))
    return 'prototype-pollution keys';
  return 'wrong types';
}

/** The kinds of hostile value one input's edits hold (the retyping is always a wrong type). */
export function kindsOf(edits: Edits): Set<string> {
  const kinds = new Set<string>(['wrong types']);
  if (edits.literal) kinds.add('numbers');
  for (const edit of edits.extra) {
    if (edit.op === 'delete') kinds.add('missing fields');
    else kinds.add(kindOf(edit.value));
    if (edit.op === 'addKey')
      kinds.add(
        (PROTOTYPE_KEYS as readonly string[]).includes(edit.key)
          ? 'prototype-pollution keys'
          : 'unknown keys',
      );
  }
  return kinds;
}
