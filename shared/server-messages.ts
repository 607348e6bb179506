import type { Language } from './codes.ts';
import { validationLanguage } from './validation-messages.ts';

/**
 * Messages the server itself raises (outside validation), in the three languages. Like the
 * validation messages they follow the language of the request being handled.
 */
const MESSAGES = {
  databaseUnavailable: {
    en: 'The database does not answer right now; try again in a moment. digisalkku reconnects by itself.',
    fi: 'Tietokanta ei vastaa juuri nyt; yritä hetken kuluttua uudelleen. digisalkku yhdistää tietokantaan itsestään.',
    sv: 'Databasen svarar inte just nu; försök igen om en stund. digisalkku ansluter till databasen av sig själv.',
  },
  crossSite: {
    en: 'Requests from other sites are not accepted; use digisalkku itself or the command line.',
    fi: 'Muilta sivustoilta tulevia pyyntöjä ei hyväksytä; käytä digisalkkua itseään tai komentoriviä.',
    sv: 'Förfrågningar från andra webbplatser godtas inte; använd digisalkku själv eller kommandoraden.',
  },
  signInFirst: {
    en: 'Your session has ended or you are not signed in; sign in first.',
    fi: 'Istuntosi on päättynyt tai et ole kirjautunut; kirjaudu ensin sisään.',
    sv: 'Din session har gått ut eller så är du inte inloggad; logga in först.',
  },
  needsRole: {
    en: 'This needs the {{role}} role or higher; ask an administrator if you need it.',
    fi: 'Tähän tarvitaan vähintään rooli {{role}}; pyydä sitä tarvittaessa ylläpitäjältä.',
    sv: 'Detta kräver minst rollen {{role}}; be en administratör om du behöver den.',
  },
  needsAdmin: {
    en: 'Only administrators may do this.',
    fi: 'Tämän voivat tehdä vain ylläpitäjät.',
    sv: 'Endast administratörer får göra detta.',
  },
  serverError: {
    en: 'Something went wrong on the server; try again, and tell the administrator if it repeats.',
    fi: 'Palvelimella tapahtui virhe; yritä uudelleen ja kerro ylläpitäjälle, jos virhe toistuu.',
    sv: 'Något gick fel på servern; försök igen och berätta för administratören om felet upprepas.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ServerMessage = keyof typeof MESSAGES;

/** A server message in the current request's language, with `{{name}}` filled in. */
export function sm(key: ServerMessage, vars: Record<string, string | number> = {}): string {
  return MESSAGES[key][validationLanguage()].replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(vars[name] ?? ''),
  );
}
