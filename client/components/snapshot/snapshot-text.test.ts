import { describe, expect, it } from 'vitest';
import { catalogueTranslator } from '../../lib/catalogue-translator.ts';
import { bannerText, shortChecksum, takenWhen } from './snapshot-text.ts';

const SNAPSHOT = {
  label: 'Digitoimisto 3.12.2026',
  // 14.05 in Helsinki (UTC+2 in December).
  takenAt: new Date('2026-12-02T12:05:00Z'),
  takenByName: 'Demo Coordinator',
};

describe('bannerText', () => {
  it('says which snapshot, when on the Finnish clock and by whom, in each language', () => {
    expect(bannerText(catalogueTranslator('fi'), 'fi', SNAPSHOT)).toBe(
      'Tilannekuva ”Digitoimisto 3.12.2026”, otettu 2.12.2026 klo 14.05, ottaja Demo Coordinator',
    );
    expect(bannerText(catalogueTranslator('sv'), 'sv', SNAPSHOT)).toBe(
      'Ögonblicksbild ”Digitoimisto 3.12.2026”, tagen 2.12.2026 kl. 14.05 av Demo Coordinator',
    );
    expect(bannerText(catalogueTranslator('en'), 'en', SNAPSHOT)).toBe(
      'Snapshot “Digitoimisto 3.12.2026”, taken 02/12/2026 at 14:05 by Demo Coordinator',
    );
  });

  it('uses Helsinki’s day past midnight UTC, and summer time', () => {
    const t = catalogueTranslator('fi');
    expect(takenWhen(t, 'fi', new Date('2026-12-02T22:30:00Z'))).toBe('3.12.2026 klo 00.30');
    expect(takenWhen(t, 'fi', new Date('2026-06-30T21:15:00Z'))).toBe('1.7.2026 klo 00.15');
  });
});

describe('shortChecksum', () => {
  it('keeps the first twelve hex digits', () => {
    expect(shortChecksum('a'.repeat(12) + 'b'.repeat(52))).toBe('aaaaaaaaaaaa');
  });
});
