import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH } from '../../shared/password-policy.ts';
import { DomainError } from '../errors.ts';
import { checkNewPassword, commonPasswords } from './password-policy.ts';

const refusal = (password: string, username = 'uusi.kayttaja') => {
  try {
    checkNewPassword(password, username);
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error;
  }
};

describe('the bundled list of common passwords', () => {
  it('holds the list without its header, lower case, the most common first', () => {
    const list = [...commonPasswords()];
    expect(list.length).toBeGreaterThan(11_000);
    expect(list.slice(0, 3)).toEqual(['123456', 'password', '12345678']);
    expect(list.some((entry) => entry.startsWith('#') || entry !== entry.toLowerCase())).toBe(false);
  });

  it('refuses every entry long enough to pass the length rule, and common words padded to length', () => {
    const long = [...commonPasswords()].filter((entry) => entry.length >= MIN_PASSWORD_LENGTH);
    expect(long.length).toBeGreaterThan(20);
    for (const entry of long) expect(refusal(entry)?.message, entry).toMatch(/common|repeats/);
    for (const password of ['PasswordPassword', 'Dragon2024!!!!!!', 'iloveyouiloveyou', '!!Baseball123456'])
      expect(refusal(password)?.message, password).toMatch(/list of common or leaked passwords/);
  });

  it('throws INVALID naming the field, and lets a good passphrase through', () => {
    const error = refusal('liian lyhyt');
    expect(error).toMatchObject({ kind: 'INVALID', field: 'password' });
    expect(error?.message).toMatch(/at least 15 characters/);
    expect(refusal('uusi.kayttaja on täällä')?.message).toMatch(/user name/);
    expect(refusal('kolme karhua ja seitsemän omenapuuta')).toBeNull();
    expect(() => checkNewPassword('short', 'x', 'newPassword')).toThrow(
      expect.objectContaining({ field: 'newPassword' }),
    );
  });
});
