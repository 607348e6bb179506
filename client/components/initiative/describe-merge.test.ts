import { describe, expect, it } from 'vitest';
import type { FieldChange, MergeConflict } from '../../../shared/initiative-changes.ts';
import { conflictLegend, conflictValue, keptSentence, lastChangeOf } from './describe-merge.ts';
import { AI_ACT, context } from './describe-test-context.ts';

const fi = context('fi');
const sv = context('sv');
const en = context('en');

const conflict = (overrides: Partial<MergeConflict>): MergeConflict => ({
  key: 'status',
  field: 'status',
  kind: 'value',
  language: null,
  base: null,
  mine: null,
  theirs: null,
  ...overrides,
});

describe('conflictLegend', () => {
  it('names the field from the registry, with the language of a text', () => {
    const summary = conflict({ key: 'summary.fi', field: 'summary', kind: 'text', language: 'fi' });
    expect(conflictLegend(summary, fi)).toBe('Tiivistelmä (suomi)');
    expect(conflictLegend(summary, sv)).toBe('Sammanfattning (finska)');
    expect(conflictLegend({ ...summary, language: 'en' }, en)).toBe('Summary (English)');
    expect(conflictLegend(conflict({}), en)).toBe('Status');
  });

  it('names the item of a list conflict', () => {
    const milestone = { title: 'Lausunnot', dueDate: '2025-03-01', doneAt: null };
    const c = conflict({
      key: 'milestones[Lausunnot]',
      field: 'milestones',
      kind: 'item',
      base: [milestone],
    });
    expect(conflictLegend(c, fi)).toBe("Virstanpylväät: 'Lausunnot'");
    const impact = { euActId: AI_ACT, relation: 'implements', deadline: null, note: null };
    const i = conflict({
      key: `euImpacts[${AI_ACT}:implements]`,
      field: 'euImpacts',
      kind: 'item',
      theirs: [impact],
    });
    expect(conflictLegend(i, en)).toBe('EU impacts: AI Act (Implements)');
  });
});

describe('conflictValue', () => {
  it('gives a text as written, and says when it is empty', () => {
    const c = conflict({ field: 'summary', kind: 'text', language: 'fi' });
    expect(conflictValue(c, 'Alicen lause.', fi)).toBe('Alicen lause.');
    expect(conflictValue(c, null, sv)).toBe('(tomt)');
  });

  it('uses code labels, health words and dates', () => {
    expect(conflictValue(conflict({}), 'paused', en)).toBe('Paused');
    const health = conflict({ field: 'ministryHealth' });
    expect(conflictValue(health, { rating: 'red', reason: 'budjetti puuttuu' }, fi)).toBe(
      "punainen: 'budjetti puuttuu'",
    );
    expect(conflictValue(health, { rating: 'green', reason: null }, en)).toBe('green');
    expect(conflictValue(conflict({ field: 'endDate' }), '2026-06-30', en)).toBe('30.06.2026');
  });

  it('describes items, and tells a removed item from one never there', () => {
    const milestone = { title: 'HE', dueDate: '2025-09-01', doneAt: '2025-09-03' };
    const c = conflict({ field: 'milestones', kind: 'item', base: [milestone] });
    expect(conflictValue(c, [milestone], en)).toBe("'HE', due 01.09.2025, done 03.09.2025");
    expect(conflictValue(c, null, fi)).toBe('(poistettu)');
    expect(conflictValue({ ...c, base: null }, null, en)).toBe('(not there)');
    const impact = { euActId: AI_ACT, relation: 'implements', deadline: '2026-08-02', note: 'valvoja' };
    expect(conflictValue(conflict({ field: 'euImpacts', kind: 'item' }), [impact], en)).toBe(
      "AI Act (Implements), Deadline 02.08.2026, Note: 'valvoja'",
    );
    const link = { label: 'Hankeikkuna', url: 'https://hankeikkuna.fi' };
    expect(conflictValue(conflict({ field: 'links', kind: 'item' }), [link], en)).toBe(
      "'Hankeikkuna' <https://hankeikkuna.fi>",
    );
  });
});

describe('keptSentence', () => {
  it('says whose change was kept, in each language', () => {
    expect(keptSentence({ field: 'status', language: null, side: 'theirs' }, fi)).toBe(
      'Toisen muutos säilyy: Tila',
    );
    expect(keptSentence({ field: 'summary', language: 'sv', side: 'mine' }, en)).toBe(
      'Your change is kept: Summary (Swedish)',
    );
    expect(keptSentence({ field: 'themes', language: null, side: 'combined' }, sv)).toBe(
      'Bådas ändringar sammanfogades: Teman',
    );
    expect(keptSentence({ field: 'track', language: null, side: 'same' }, en)).toBe(
      'You both made the same change: Track',
    );
  });
});

describe('lastChangeOf', () => {
  const event = (actorName: string, at: string, fields: FieldChange['field'][]) => ({
    actorName,
    actorMinistry: null,
    at: new Date(at),
    changes: fields.map((field) => ({ field, before: null, after: null })),
  });

  it('finds the newest event that changed the field', () => {
    const events = [
      event('Coordinator', '2025-05-02T10:00:00Z', ['status']),
      event('Editor', '2025-05-01T10:00:00Z', ['summary', 'status']),
    ];
    expect(lastChangeOf(events, 'summary')).toEqual({
      actor: 'Editor',
      at: new Date('2025-05-01T10:00:00Z'),
    });
    expect(lastChangeOf(events, 'status')?.actor).toBe('Coordinator');
    expect(lastChangeOf(events, 'kind')).toBeNull();
  });
});
