import { describe, expect, it } from 'vitest';
import { catalogueTranslator as translator } from './catalogue-translator.ts';
import { loginErrorMessage, minutesToWait } from './login-error.ts';

const refused = (details: unknown) => ({ code: 'TOO_MANY_REQUESTS', details, message: 'Too many…' });

describe('loginErrorMessage', () => {
  it('says how many minutes a locked user name waits, in each language', () => {
    const failure = refused({ reason: 'name', retryAfterSeconds: 14 * 60 + 5 });
    expect(loginErrorMessage(failure, translator('fi'))).toContain('Yritä uudelleen 15 minuutin kuluttua');
    expect(loginErrorMessage(failure, translator('sv'))).toContain('Försök igen om 15 minuter');
    expect(loginErrorMessage(failure, translator('en'))).toContain('Try again in 15 minutes');
  });

  it('words a locked network apart from a locked name, in the singular for one minute', () => {
    const failure = refused({ reason: 'address', retryAfterSeconds: 30 });
    expect(loginErrorMessage(failure, translator('fi'))).toBe(
      'Verkostasi on yritetty kirjautua liian monta kertaa. Yritä uudelleen 1 minuutin kuluttua.',
    );
    expect(loginErrorMessage(failure, translator('sv'))).toContain('om 1 minut.');
    expect(loginErrorMessage(failure, translator('en'))).toContain('in 1 minute.');
  });

  it('asks to try again in a moment when the server is busy', () => {
    const failure = refused({ reason: 'busy', retryAfterSeconds: 1 });
    expect(loginErrorMessage(failure, translator('fi'))).toBe(
      'Palvelimella on juuri nyt paljon kirjautumisia. Yritä hetken kuluttua uudelleen.',
    );
    expect(loginErrorMessage(failure, translator('en'))).not.toMatch(/minute/);
  });

  it('still says something sensible without details, and for a wrong password', () => {
    expect(loginErrorMessage(refused(null), translator('fi'))).toContain('1 minuutin kuluttua');
    expect(
      loginErrorMessage({ code: 'UNAUTHORIZED', details: null, message: 'Wrong' }, translator('fi')),
    ).toContain('Väärä käyttäjätunnus tai salasana');
    expect(
      loginErrorMessage({ code: 'INTERNAL_SERVER_ERROR', details: null, message: 'Boom' }, translator('en')),
    ).toBe('Sign-in failed: Boom');
  });
});

describe('minutesToWait', () => {
  it('rounds up to whole minutes, at least one', () => {
    expect(minutesToWait(900)).toBe(15);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(0)).toBe(1);
    expect(minutesToWait('soon')).toBe(1);
  });
});
