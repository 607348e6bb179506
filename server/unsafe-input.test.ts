import { describe, expect, it } from 'vitest';
import { unsafeInputIssues } from './unsafe-input.ts';

const paths = (input: unknown) => unsafeInputIssues(input).map((issue) => issue.path.join('.'));

describe('unsafeInputIssues', () => {
  it('finds NUL bytes, control characters and lone surrogates in values and keys, by path', () => {
    expect(
      paths({
        ok: 'Tekoäly \u{1F680}\n\t',
        title: { fi: 'a\u0000' },
        list: ['fine', 'b\ud800', { 'key\u0001': 'fine' }],
        map: new Map([['m\udc00', 'x']]),
        set: new Set(['s\u0000']),
        date: new Date(0),
        n: 1,
      }),
    ).toEqual(['title.fi', 'list.1', 'list.2.key\ufffd', 'map.m\ufffd', 'set.0']);
    expect(paths('\u0000')).toEqual(['']);
    expect(paths({ ok: 'x', n: null, u: undefined })).toEqual([]);
  });

  it('names at most ten places, and walks a deep, wide or shared input in one pass', () => {
    expect(unsafeInputIssues(Array.from({ length: 1000 }, () => '\u0000'))).toHaveLength(10);
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(paths(deep)).toEqual([Array.from({ length: 100_000 }, () => 0).join('.')]);
    // Shared references (superjson keeps them): each object is walked once, not 2^40 times.
    let shared: unknown = { leaf: 'fine' };
    for (let i = 0; i < 40; i++) shared = { a: shared, b: shared };
    expect(paths(shared)).toEqual([]);
  });
});
