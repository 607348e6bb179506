import { describe, expect, it } from 'vitest';
import { releaseMemory } from './release-memory.ts';

describe('releaseMemory', () => {
  it('collects garbage that V8 would otherwise keep until more allocation asks for it', () => {
    let junk: { n: number; text: string }[] | null = Array.from({ length: 500_000 }, (_, n) => ({
      n,
      text: `record ${n}`,
    }));
    const held = process.memoryUsage().heapUsed;
    expect(junk.length).toBe(500_000);
    junk = null;
    releaseMemory();
    const after = process.memoryUsage().heapUsed;
    // Half a million small objects are tens of megabytes; after the collection they are gone.
    expect(held - after).toBeGreaterThan(20 * 1024 * 1024);
  });
});
