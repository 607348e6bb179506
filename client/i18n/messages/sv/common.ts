import type { Shape } from '../../../../shared/message-shape.ts';
import type { common as fi } from '../fi/common.ts';

export const common: Shape<typeof fi> = {
  appName: 'digiportföljen',
  digitoimisto: 'Digitalbyrån',
  tagline: 'Lägesbild över digitalisering, dataekonomi och datapolitik',
  skipToContent: 'Gå till innehållet',
  nav: {
    initiatives: 'Projekt',
    euActs: 'EU-rättsakter',
    import: 'Import och export',
    menu: 'Meny',
    mainNavigation: 'Huvudmeny',
  },
  language: {
    menu: 'Språk',
    label: 'Välj språk',
    button: '{{code}} – Välj språk',
    fi: 'Suomeksi (FI)',
    sv: 'På svenska (SV)',
    en: 'In English (EN)',
  },
  signedInAs: 'Inloggad: {{name}} – {{role}}',
  roleWithMinistry: '{{role}}, {{ministry}}',
  signOut: 'Logga ut',
  login: {
    title: 'Logga in',
    intro:
      'Digiportföljen samlar ministeriernas projekt inom digitalisering, dataekonomi och datapolitik i en lägesbild.',
    username: 'Användarnamn',
    password: 'Lösenord',
    submit: 'Logga in',
    failed: 'Inloggningen misslyckades: {{message}}',
    wrongCredentials: 'Fel användarnamn eller lösenord. Kontrollera dem och försök igen.',
    tooManyForName: {
      one: 'För många inloggningsförsök med fel lösenord för det här användarnamnet. Försök igen om {{count}} minut eller logga in från ett nätverk som du har loggat in från tidigare.',
      other:
        'För många inloggningsförsök med fel lösenord för det här användarnamnet. Försök igen om {{count}} minuter eller logga in från ett nätverk som du har loggat in från tidigare.',
    },
    tooManyForAddress: {
      one: 'För många inloggningsförsök från ditt nätverk. Försök igen om {{count}} minut.',
      other: 'För många inloggningsförsök från ditt nätverk. Försök igen om {{count}} minuter.',
    },
    busy: 'Servern har många inloggningar just nu. Försök igen om en stund.',
    signedOut: 'Du har loggat ut.',
    sessionEnded:
      'Din session har upphört: du loggade ut i en annan flik eller sessionen gick ut. Logga in igen för att fortsätta i samma vy.',
    demoHint:
      'Demoanvändare: admin, coordinator, editor.lvm och viewer. Servern skriver ut lösenordet när den skapar demoanvändarna vid den första starten. Lösenordet kan väljas med miljövariabeln DEMO_PASSWORD; demoanvändarna får det vid varje start.',
  },
  loading: 'Laddar…',
  error: 'Fel: {{message}}',
  retry: 'Försök igen',
  noConnection: 'Det gick inte att nå servern. Kontrollera nätverksanslutningen och försök igen.',
  close: 'Stäng',
  cancel: 'Avbryt',
  save: 'Spara',
  notFound: 'Sidan hittades inte',
  deadEnd: {
    pageText:
      'Det finns ingen sida på den här adressen. Kontrollera adressen eller fortsätt från projektlistan.',
    initiative: 'Projektet hittades inte',
    initiativeText:
      'Projektet finns inte, eller så är adressen fel. Kontrollera adressen eller sök projektet i projektlistan.',
    euAct: 'EU-rättsakten hittades inte',
    euActText:
      'Rättsakten finns inte i förteckningen, eller så är adressen fel. Kontrollera adressen eller sök rättsakten i förteckningen över EU-rättsakter.',
    forbidden: 'Ingen behörighet',
    forbiddenText:
      'Du har inte rätt att se den här sidan. Be administratören om behörighet om du behöver den.',
    cannotCreate: 'Du kan inte lägga till projekt',
    cannotCreateText:
      'Du har inte rätt att lägga till projekt. Projekt läggs till av ministeriernas redaktörer och koordinatorerna; be administratören om behörighet om du behöver den.',
    cannotEdit: 'Du kan inte redigera det här projektet',
    cannotEditText:
      'Du har inte rätt att redigera det här projektet. Det redigeras av det ansvariga ministeriets redaktörer och koordinatorerna.',
    backToInitiative: 'Tillbaka till projektets sida',
  },
  print: {
    stamp: 'utskriven {{date}} kl. {{time}}',
    filters: 'avgränsningar: {{filters}}',
  },
  date: {
    format: 'Skriv datumet i formen d.m.åååå, till exempel 1.12.2026.',
    range: 'Datumet måste vara mellan {{min}} och {{max}}.',
    hint: 'Formen d.m.åååå, till exempel 1.12.2026',
  },
  file: {
    choose: 'Välj fil',
    drag: 'eller dra filen hit',
    remove: 'Ta bort',
    chosen: 'Vald fil',
  },
  backToList: 'Tillbaka till projektlistan',
  inFinnish: 'på finska',
  fallbackNote: 'Texten finns inte på det valda språket; den finska visas.',
  none: 'Nej',
};
