import { describe, expect, it } from 'vitest';
import { MINISTRY_CODES } from '../../../shared/ministry.ts';
import {
  type ChangeSentence,
  changesHref,
  comparedSides,
  initiativeHref,
  ministriesIn,
  previousSnapshot,
  sentencesOf,
} from './changes-view.ts';

const snap = (id: string, iso: string) => ({ id, takenAt: new Date(iso) });
// Newest first, as snapshot.list gives them.
const SNAPSHOTS = [
  snap('c', '2026-12-02T12:05:00Z'),
  snap('b', '2026-11-01T09:00:00Z'),
  snap('a', '2026-10-01T09:00:00Z'),
];

describe('previousSnapshot', () => {
  it('is the one taken just before, by time', () => {
    expect(previousSnapshot(SNAPSHOTS, 'c')?.id).toBe('b');
    expect(previousSnapshot(SNAPSHOTS, 'b')?.id).toBe('a');
    expect(previousSnapshot([...SNAPSHOTS].reverse(), 'c')?.id).toBe('b');
  });

  it('is none for the first snapshot or an unknown one', () => {
    expect(previousSnapshot(SNAPSHOTS, 'a')).toBeUndefined();
    expect(previousSnapshot(SNAPSHOTS, 'zzz')).toBeUndefined();
    expect(previousSnapshot([], 'a')).toBeUndefined();
  });

  it('orders two taken in the same moment by id, never each other’s previous', () => {
    const twins = [snap('x', '2026-10-01T09:00:00Z'), snap('y', '2026-10-01T09:00:00Z')];
    expect(previousSnapshot(twins, 'y')?.id).toBe('x');
    expect(previousSnapshot(twins, 'x')).toBeUndefined();
  });
});

describe('comparedSides', () => {
  it('defaults to the newest snapshot until now', () => {
    expect(comparedSides(new URLSearchParams(), SNAPSHOTS)).toEqual({ from: 'c', to: 'now' });
  });

  it('takes the URL’s pictures when they are known', () => {
    expect(comparedSides(new URLSearchParams('from=a&to=b'), SNAPSHOTS)).toEqual({ from: 'a', to: 'b' });
    expect(comparedSides(new URLSearchParams('from=now&to=a'), SNAPSHOTS)).toEqual({ from: 'now', to: 'a' });
  });

  it('replaces an unknown snapshot by the default', () => {
    expect(comparedSides(new URLSearchParams('from=gone&to=gone'), SNAPSHOTS)).toEqual({
      from: 'c',
      to: 'now',
    });
  });

  it('is nothing to compare without snapshots', () => {
    expect(comparedSides(new URLSearchParams('from=now'), [])).toEqual({ from: 'now', to: 'now' });
    expect(comparedSides(new URLSearchParams(), [])).toBeNull();
  });
});

describe('sentences', () => {
  const sentences: ChangeSentence[] = [
    { initiativeId: null, leadMinistry: null, text: 'Kolme hanketta muuttui.' },
    { initiativeId: '1', leadMinistry: 'VM', text: 'Hanke A valmistui.' },
    { initiativeId: '2', leadMinistry: 'LVM', text: 'Hanke B muuttui punaiseksi.' },
    { initiativeId: '3', leadMinistry: 'VM', text: 'Hanke C siirtyi.' },
  ];

  it('are all shown without a ministry, and only that ministry’s with one', () => {
    expect(sentencesOf(sentences, null)).toHaveLength(4);
    expect(sentencesOf(sentences, 'VM').map((s) => s.initiativeId)).toEqual(['1', '3']);
    expect(sentencesOf(sentences, 'OM')).toEqual([]);
  });

  it('name their lead ministries once each, in the ministries’ order', () => {
    expect(ministriesIn(sentences, MINISTRY_CODES)).toEqual(['LVM', 'VM']);
  });

  it('open their initiative in the later snapshot, or live when it is now', () => {
    expect(initiativeHref('1', 'b')).toBe('/initiatives/1?snapshot=b');
    expect(initiativeHref('1', 'now')).toBe('/initiatives/1?snapshot=now');
  });
});

describe('changesHref', () => {
  it('names both pictures and the ministry', () => {
    expect(changesHref('a')).toBe('/changes?from=a&to=now');
    expect(changesHref('a', 'b', 'LVM')).toBe('/changes?from=a&to=b&lead=LVM');
  });
});
