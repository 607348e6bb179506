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
} as const satisfies Record<string, Record<Language, string>>;

export type ServerMessage = keyof typeof MESSAGES;

/** A server message in the current request's language, with `{{name}}` filled in. */
export function sm(key: ServerMessage, vars: Record<string, string | number> = {}): string {
  return MESSAGES[key][validationLanguage()].replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(vars[name] ?? ''),
  );
}
