import { describe, expect, it } from 'vitest';
import type { Tier } from '../../../shared/codes.ts';
import { catalogueTranslator } from '../../lib/catalogue-translator.ts';
import { boardAnnouncements, boardScreenReaderInstructions } from './board-announcements.ts';
import type { Column, Place } from './board-moves.ts';

const card = (id: string, tier: Tier) => ({ id, tier });
const start: Column[] = [
  { tier: 'critical', cards: [card('a', 'critical'), card('b', 'critical')], total: 2 },
  { tier: 'high', cards: [card('c', 'high')], total: 7 },
];
const titles: Record<string, string> = { a: 'Tietotalous', b: 'EU-lompakko', c: 'Kyberturva' };

function announcer(language: 'fi' | 'sv' | 'en', place: () => Place | null) {
  return boardAnnouncements(catalogueTranslator(language), {
    start: () => start,
    current: () => start,
    place,
    title: (id) => titles[id] ?? id,
  });
}
const active = (id: string) => ({ active: { id } }) as never;
const over = (id: string | null) => ({ active: { id: 'a' }, over: id ? { id } : null }) as never;

describe('board announcements', () => {
  it('says the card, its tier and its place at each step, in the UI language', () => {
    let place: Place | null = { tier: 'critical', index: 0 };
    const fi = announcer('fi', () => place);
    expect(fi.onDragStart(active('a'))).toBe('Tartuit hankkeeseen Tietotalous. Taso Kriittinen, paikka 1/2.');
    // The first "over" is the card itself, where it already is: nothing new to say.
    expect(fi.onDragOver(over('a'))).toBeUndefined();
    place = { tier: 'high', index: 1 };
    expect(fi.onDragOver(over('c'))).toBe('Tietotalous: taso Korkea, paikka 2/8.');
    expect(fi.onDragEnd(over('c'))).toBe('Pudotit hankkeen Tietotalous: taso Korkea, paikka 2/8.');
    expect(fi.onDragCancel(over('c'))).toBe(
      'Siirto peruttiin. Tietotalous palasi paikalleen: taso Kriittinen, paikka 1.',
    );
  });

  it('says when the card is over nothing, and speaks Swedish and English too', () => {
    const en = announcer('en', () => null);
    en.onDragStart(active('a'));
    expect(en.onDragOver(over(null))).toBe('Tietotalous is not over any tier.');
    expect(en.onDragEnd(over(null))).toBe(
      'Dropped Tietotalous outside the tiers; it went back to its place.',
    );
    const sv = announcer('sv', () => ({ tier: 'critical', index: 1 }));
    expect(sv.onDragEnd(over('b'))).toBe('Du släppte projektet Tietotalous: nivå Kritisk, plats 2/2.');
    expect(boardScreenReaderInstructions(catalogueTranslator('sv')).draggable).toMatch(/mellanslag/);
  });
});
