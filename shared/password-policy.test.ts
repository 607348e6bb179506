import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  newPasswordSchema,
  passwordLength,
  passwordProblem,
  passwordProblemMessage,
} from './password-policy.ts';
import { setValidationLanguage } from './validation-messages.ts';

afterEach(() => setValidationLanguage('en'));

// A stand-in for the bundled list (server/services/password-policy.test.ts checks the real one).
const LIST = new Set(['monkey', 'dragon', 'iloveyou', 'qwertyuiopasdfgh', 'sunshine']);
const isCommon = (lower: string) => LIST.has(lower);
const check = (password: string, username = 'matti.meikalainen') =>
  passwordProblem(password, { username, isCommon });

describe('password length', () => {
  it(`needs ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters, counted as code points after NFKC`, () => {
    expect(check('kesä mökillä ol')).toBeNull();
    expect(check('kesä mökillä o')).toBe('tooShort');
    expect(check('')).toBe('tooShort');
    const long = Array.from({ length: 40 }, (_, i) => `sana${i}`).join(' ');
    expect(passwordLength(long.slice(0, MAX_PASSWORD_LENGTH))).toBe(MAX_PASSWORD_LENGTH);
    expect(check(long.slice(0, MAX_PASSWORD_LENGTH))).toBeNull();
    expect(check(long.slice(0, MAX_PASSWORD_LENGTH + 1))).toBe('tooLong');
    expect(passwordLength('🦊🦊🦊')).toBe(3);
    // Fourteen foxes and a letter: 15 characters though 29 UTF-16 units.
    expect(check(`${'🦊'.repeat(7)}a${'🦊'.repeat(7)}`)).toBeNull();
    // The ligature ﬁ is "fi" after NFKC: two characters, as the hash sees it.
    expect(passwordLength('ﬁ')).toBe(2);
  });

  it('has no composition rules: any long random text passes, whatever its kinds of characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: MIN_PASSWORD_LENGTH + 5, maxLength: 60 }),
        (password) => {
          fc.pre(passwordLength(password) >= MIN_PASSWORD_LENGTH && passwordLength(password) <= 200);
          fc.pre(new Set(password).size > 4 && !password.toLowerCase().includes('digisalkku'));
          expect(passwordProblem(password, { username: 'zz', isCommon })).toBeNull();
        },
      ),
    );
    for (const plain of ['alllowercaseonlywords', 'ALL CAPITALS AND SPACES', '7294018365 5829103746'])
      expect(check(plain)).toBeNull();
  });
});

describe('common passwords', () => {
  it('refuses a list entry in any letter case, with digits or symbols around it, or repeated', () => {
    const word = fc.constantFrom(...LIST);
    const affix = fc.string({ unit: fc.constantFrom(...'0123456789!?#.-_ '), maxLength: 12 });
    fc.assert(
      fc.property(
        word,
        affix,
        affix,
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (w, before, after, times, upper) => {
          const core = w.repeat(times);
          const password = `${before}${upper ? core.toUpperCase() : core}${after}`;
          fc.pre(passwordLength(password) >= MIN_PASSWORD_LENGTH);
          expect(check(password, 'zz')).toBe('common');
        },
      ),
    );
    expect(check('QwertyUiopAsdfGH')).toBe('common');
    expect(check('monkey123456789!')).toBe('common');
  });

  it('lets a list word inside a longer phrase pass: only the whole, or the whole without its affixes, counts', () => {
    expect(check('my monkey likes green tea')).toBeNull();
    expect(check('sunshine on the lake 2024')).toBeNull();
  });

  it('is not checked in the browser, which has no list', () => {
    expect(passwordProblem('monkey123456789!', { username: 'zz' })).toBeNull();
  });
});

describe('patterns and names', () => {
  it('refuses repetitions and runs along the digits, the alphabet or the keyboard', () => {
    for (const password of [
      'aaaaaaaaaaaaaaaa',
      'abcabcabcabcabcabc',
      'kissakissakissa',
      '123456789012345',
      '987654321098765',
      'abcdefghijklmnop',
      'ZYXWVUTSRQPONMLK',
      'qwertyuiopåasdfg',
    ])
      expect(check(password), password).toBe('pattern');
  });

  it('refuses the user name, a long part of it, or the word digisalkku, in any case', () => {
    expect(check('Matti.Meikalainen on paras')).toBe('containsName');
    expect(check('tervetuloa meikalainen 1')).toBe('containsName');
    expect(check('oma DigiSalkku salasana')).toBe('containsName');
    // A part shorter than four letters ("ab" of ab.cd) would refuse far too much.
    expect(check('ab ja cd lähtivät kalaan', 'ab.cd')).toBeNull();
  });
});

describe('messages and the request schema', () => {
  it('word each problem in the language set, with the limits filled in', () => {
    expect(passwordProblemMessage('tooShort')).toMatch(/^A password needs at least 15 characters\./);
    setValidationLanguage('fi');
    expect(passwordProblemMessage('tooShort')).toMatch(/^Salasanassa on oltava vähintään 15 merkkiä\./);
    expect(passwordProblemMessage('common')).toMatch(/yleisten tai vuotaneiden salasanojen/);
    setValidationLanguage('sv');
    expect(passwordProblemMessage('tooLong')).toBe('Ett lösenord får ha högst 200 tecken.');
    expect(passwordProblemMessage('containsName')).toMatch(/användarnamnet/);
  });

  it('checks only the length and never trims', () => {
    const schema = newPasswordSchema();
    expect(schema.safeParse('short').error?.issues[0]?.message).toMatch(/at least 15/);
    expect(schema.safeParse('monkey123456789!').success).toBe(true);
    expect(schema.parse('  padded words here  ')).toBe('  padded words here  ');
  });
});
