import { describe, expect, it } from 'vitest';
import { readBoardParams, writeBoardParams } from './use-board-params.ts';

const TODAY = '2026-12-01';
const read = (query: string) => readBoardParams(new URLSearchParams(query), TODAY);

describe('the board in the URL', () => {
  it('reads the list filter, the weighting, the tab and the period', () => {
    const state = read(
      'ministry=LVM&tier=high&weighting=0B9C6F1E-1111-4C1D-9E2A-000000000001&order=score&view=decisions&from=2026-01-01&to=2026-06-30',
    );
    expect(state.filter).toEqual({ ministries: ['LVM'], tiers: ['high'] });
    expect(state.weightingId).toBe('0b9c6f1e-1111-4c1d-9e2a-000000000001');
    expect(state.order).toBe('score');
    expect(state.tab).toBe('decisions');
    expect([state.from, state.to]).toEqual(['2026-01-01', '2026-06-30']);
  });

  it('drops what a hand-typed link gets wrong, and looks back 90 days by default', () => {
    const state = read('weighting=lvm&order=best&view=other&from=2026-02-30&to=yesterday');
    expect(state.weightingId).toBeUndefined();
    expect(state.order).toBe('manual');
    expect(state.tab).toBe('board');
    expect([state.from, state.to]).toEqual(['2026-09-02', TODAY]);
  });

  it('writes back what it read, the period only once chosen', () => {
    const query =
      'ministry=LVM&weighting=0b9c6f1e-1111-4c1d-9e2a-000000000001&order=score&view=decisions&from=2026-01-01&to=2026-06-30';
    expect(writeBoardParams(read(query), true).toString()).toBe(query);
    expect(writeBoardParams(read('status=ongoing'), false).toString()).toBe('status=ongoing');
  });
});
