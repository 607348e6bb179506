import { describe, expect, it } from 'vitest';
import { FINNISH, loadedPack, loadPack } from './language-pack.ts';

describe('language packs', () => {
  it('has Finnish at once, and Swedish and English only once loaded', async () => {
    expect(loadedPack('fi')).toBe(FINNISH);
    expect(loadedPack('sv')).toBeUndefined();
    expect(loadedPack('en')).toBeUndefined();

    const [swedish, again] = await Promise.all([loadPack('sv'), loadPack('sv')]);
    expect(again).toBe(swedish);
    expect(loadedPack('sv')).toBe(swedish);
    expect(swedish.messages.common.login.title).toBe('Logga in');
    expect(loadedPack('en')).toBeUndefined();

    const english = await loadPack('en');
    expect(english.messages.common.login.title).toBe('Sign in');
    expect(await loadPack('fi')).toBe(FINNISH);
    expect(FINNISH.messages.common.login.title).toBe('Kirjaudu sisään');
  });

  it("brings zod's own messages in the same language", async () => {
    const issue = { code: 'too_small', origin: 'string', minimum: 3, inclusive: true, input: 'ab' } as const;
    const says = (pack: typeof FINNISH) => {
      const message = pack.zodLocale.localeError(issue);
      return typeof message === 'string' ? message : message?.message;
    };
    expect(says(FINNISH)).toMatch(/merkkiä|pituus/i);
    expect(says(await loadPack('sv'))).toMatch(/tecken/);
    expect(says(await loadPack('en'))).toMatch(/characters/);
  });
});
