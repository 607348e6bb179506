import type { Shape } from '../../../shared/message-shape.ts';

const fi = {
  appName: 'digisalkku',
  digitoimisto: 'Digitoimisto',
  tagline: 'Digitalisaation, datatalouden ja datapolitiikan tilannekuva',
  skipToContent: 'Siirry sisältöön',
  nav: {
    initiatives: 'Hankkeet',
    euActs: 'EU-säädökset',
    import: 'Tuonti ja vienti',
    mainNavigation: 'Päävalikko',
  },
  language: {
    menu: 'Kieli',
    label: 'Valitse kieli',
    fi: 'Suomeksi (FI)',
    sv: 'På svenska (SV)',
    en: 'In English (EN)',
  },
  signedInAs: 'Kirjautuneena: {{name}} ({{role}})',
  signOut: 'Kirjaudu ulos',
  login: {
    title: 'Kirjaudu sisään',
    intro:
      'Digisalkku kokoaa ministeriöiden digitalisaatio-, datatalous- ja datapolitiikkahankkeet yhteen tilannekuvaan.',
    username: 'Käyttäjätunnus',
    password: 'Salasana',
    submit: 'Kirjaudu',
    failed: 'Kirjautuminen epäonnistui: {{message}}',
    wrongCredentials: 'Väärä käyttäjätunnus tai salasana. Tarkista ne ja yritä uudelleen.',
    tooMany:
      'Liian monta epäonnistunutta kirjautumista tällä tunnuksella. Odota 15 minuuttia tai pyydä apua ylläpitäjältä.',
    demoHint:
      'Demokäyttäjät: admin, coordinator, editor.lvm ja viewer. Salasana tulostuu palvelimen käynnistyessä.',
  },
  loading: 'Ladataan…',
  error: 'Virhe: {{message}}',
  retry: 'Yritä uudelleen',
  close: 'Sulje',
  cancel: 'Peruuta',
  save: 'Tallenna',
  notFound: 'Sivua ei löytynyt.',
  backToList: 'Takaisin hankelistaan',
  inFinnish: 'suomeksi',
  fallbackNote: 'Tekstiä ei ole valitulla kielellä; näytetään suomenkielinen.',
  none: 'Ei',
} as const;

const sv: Shape<typeof fi> = {
  appName: 'digiportföljen',
  digitoimisto: 'Digitalbyrån',
  tagline: 'Lägesbild över digitalisering, dataekonomi och datapolitik',
  skipToContent: 'Gå till innehållet',
  nav: {
    initiatives: 'Projekt',
    euActs: 'EU-rättsakter',
    import: 'Import och export',
    mainNavigation: 'Huvudmeny',
  },
  language: {
    menu: 'Språk',
    label: 'Välj språk',
    fi: 'Suomeksi (FI)',
    sv: 'På svenska (SV)',
    en: 'In English (EN)',
  },
  signedInAs: 'Inloggad: {{name}} ({{role}})',
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
    tooMany:
      'För många misslyckade inloggningar med detta användarnamn. Vänta 15 minuter eller be administratören om hjälp.',
    demoHint:
      'Demoanvändare: admin, coordinator, editor.lvm och viewer. Lösenordet skrivs ut när servern startar.',
  },
  loading: 'Laddar…',
  error: 'Fel: {{message}}',
  retry: 'Försök igen',
  close: 'Stäng',
  cancel: 'Avbryt',
  save: 'Spara',
  notFound: 'Sidan hittades inte.',
  backToList: 'Tillbaka till projektlistan',
  inFinnish: 'på finska',
  fallbackNote: 'Texten finns inte på det valda språket; den finska visas.',
  none: 'Nej',
};

const en: Shape<typeof fi> = {
  appName: 'digisalkku',
  digitoimisto: 'Digitoimisto',
  tagline: 'The situational picture of digitalisation, data economy and data policy',
  skipToContent: 'Skip to content',
  nav: {
    initiatives: 'Initiatives',
    euActs: 'EU acts',
    import: 'Import and export',
    mainNavigation: 'Main navigation',
  },
  language: {
    menu: 'Language',
    label: 'Choose language',
    fi: 'Suomeksi (FI)',
    sv: 'På svenska (SV)',
    en: 'In English (EN)',
  },
  signedInAs: 'Signed in: {{name}} ({{role}})',
  signOut: 'Sign out',
  login: {
    title: 'Sign in',
    intro:
      "Digisalkku brings the ministries' digitalisation, data-economy and data-policy initiatives into one situational picture.",
    username: 'User name',
    password: 'Password',
    submit: 'Sign in',
    failed: 'Sign-in failed: {{message}}',
    wrongCredentials: 'Wrong user name or password. Check them and try again.',
    tooMany:
      'Too many failed sign-ins with this user name. Wait 15 minutes or ask an administrator for help.',
    demoHint:
      'Demo users: admin, coordinator, editor.lvm and viewer. The password is printed when the server starts.',
  },
  loading: 'Loading…',
  error: 'Error: {{message}}',
  retry: 'Try again',
  close: 'Close',
  cancel: 'Cancel',
  save: 'Save',
  notFound: 'Page not found.',
  backToList: 'Back to the initiative list',
  inFinnish: 'in Finnish',
  fallbackNote: 'This text is not available in the chosen language; the Finnish text is shown.',
  none: 'No',
};

export const common = { fi, sv, en };
