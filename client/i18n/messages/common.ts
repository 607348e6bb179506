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
    button: '{{code}} – Valitse kieli',
    fi: 'Suomeksi (FI)',
    sv: 'På svenska (SV)',
    en: 'In English (EN)',
  },
  signedInAs: 'Kirjautuneena: {{name}} – {{role}}',
  roleWithMinistry: '{{role}}, {{ministry}}',
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
    tooManyForName: {
      one: 'Tällä käyttäjätunnuksella on yritetty kirjautua liian monta kertaa väärällä salasanalla. Yritä uudelleen {{count}} minuutin kuluttua tai kirjaudu verkosta, josta olet kirjautunut aiemmin.',
      other:
        'Tällä käyttäjätunnuksella on yritetty kirjautua liian monta kertaa väärällä salasanalla. Yritä uudelleen {{count}} minuutin kuluttua tai kirjaudu verkosta, josta olet kirjautunut aiemmin.',
    },
    tooManyForAddress: {
      one: 'Verkostasi on yritetty kirjautua liian monta kertaa. Yritä uudelleen {{count}} minuutin kuluttua.',
      other:
        'Verkostasi on yritetty kirjautua liian monta kertaa. Yritä uudelleen {{count}} minuutin kuluttua.',
    },
    busy: 'Palvelimella on juuri nyt paljon kirjautumisia. Yritä hetken kuluttua uudelleen.',
    signedOut: 'Olet kirjautunut ulos.',
    sessionEnded:
      'Istuntosi on päättynyt: kirjauduit ulos toisessa välilehdessä tai istunto vanheni. Kirjaudu uudelleen, niin jatkat samasta näkymästä.',
    demoHint:
      'Demokäyttäjät: admin, coordinator, editor.lvm ja viewer. Palvelin tulostaa salasanan, kun se luo demokäyttäjät ensimmäisessä käynnistyksessä. Salasanan voi valita ympäristömuuttujalla DEMO_PASSWORD; demokäyttäjät saavat sen joka käynnistyksessä.',
  },
  loading: 'Ladataan…',
  error: 'Virhe: {{message}}',
  retry: 'Yritä uudelleen',
  noConnection: 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
  close: 'Sulje',
  cancel: 'Peruuta',
  save: 'Tallenna',
  notFound: 'Sivua ei löytynyt',
  deadEnd: {
    pageText: 'Osoitteessa ei ole sivua. Tarkista osoite tai jatka hankelistasta.',
    initiative: 'Hanketta ei löytynyt',
    initiativeText: 'Hanketta ei ole tai osoite on väärin. Tarkista osoite tai etsi hanke hankelistasta.',
    euAct: 'EU-säädöstä ei löytynyt',
    euActText:
      'Säädöstä ei ole luettelossa tai osoite on väärin. Tarkista osoite tai etsi säädös EU-säädösten luettelosta.',
    forbidden: 'Ei käyttöoikeutta',
    forbiddenText:
      'Sinulla ei ole oikeutta nähdä tätä sivua. Pyydä oikeutta ylläpitäjältä, jos tarvitset sitä.',
    cannotCreate: 'Et voi lisätä hankkeita',
    cannotCreateText:
      'Sinulla ei ole oikeutta lisätä hankkeita. Hankkeita lisäävät ministeriöiden muokkaajat ja koordinaattorit; pyydä oikeutta ylläpitäjältä, jos tarvitset sitä.',
    cannotEdit: 'Et voi muokata tätä hanketta',
    cannotEditText:
      'Sinulla ei ole oikeutta muokata tätä hanketta. Hanketta muokkaavat sen vastuuministeriön muokkaajat ja koordinaattorit.',
    backToInitiative: 'Takaisin hankkeen sivulle',
  },
  print: {
    stamp: 'tulostettu {{date}} klo {{time}}',
    filters: 'rajaukset: {{filters}}',
  },
  date: {
    format: 'Kirjoita päivämäärä muodossa p.k.vvvv, esimerkiksi 1.12.2026.',
    range: 'Päivämäärän on oltava välillä {{min}}–{{max}}.',
    hint: 'Muoto p.k.vvvv, esimerkiksi 1.12.2026',
  },
  file: {
    choose: 'Valitse tiedosto',
    drag: 'tai raahaa tiedosto tähän',
    remove: 'Poista',
    chosen: 'Valittu tiedosto',
  },
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
    button: '{{code}} – Choose language',
    fi: 'Suomeksi (FI)',
    sv: 'På svenska (SV)',
    en: 'In English (EN)',
  },
  signedInAs: 'Signed in: {{name}} – {{role}}',
  roleWithMinistry: '{{role}}, {{ministry}}',
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
    tooManyForName: {
      one: 'Too many sign-ins with a wrong password for this user name. Try again in {{count}} minute, or sign in from a network you have signed in from before.',
      other:
        'Too many sign-ins with a wrong password for this user name. Try again in {{count}} minutes, or sign in from a network you have signed in from before.',
    },
    tooManyForAddress: {
      one: 'Too many sign-in attempts from your network. Try again in {{count}} minute.',
      other: 'Too many sign-in attempts from your network. Try again in {{count}} minutes.',
    },
    busy: 'The server is busy with other sign-ins. Try again in a moment.',
    signedOut: 'You have signed out.',
    sessionEnded:
      'Your session has ended: you signed out in another tab, or the session expired. Sign in again to carry on where you were.',
    demoHint:
      'Demo users: admin, coordinator, editor.lvm and viewer. The server prints the password when it creates the demo users at the first start. Choose it with the environment variable DEMO_PASSWORD; the demo users are given it at every start.',
  },
  loading: 'Loading…',
  error: 'Error: {{message}}',
  retry: 'Try again',
  noConnection: 'Could not reach the server. Check the network connection and try again.',
  close: 'Close',
  cancel: 'Cancel',
  save: 'Save',
  notFound: 'Page not found',
  deadEnd: {
    pageText: 'There is no page at this address. Check the address, or carry on from the initiative list.',
    initiative: 'Initiative not found',
    initiativeText:
      'The initiative does not exist, or the address is wrong. Check the address, or look for the initiative in the list.',
    euAct: 'EU act not found',
    euActText:
      'The act is not in the catalogue, or the address is wrong. Check the address, or look for the act in the EU act catalogue.',
    forbidden: 'No access',
    forbiddenText: 'You may not see this page. Ask an administrator for the right if you need it.',
    cannotCreate: 'You cannot add initiatives',
    cannotCreateText:
      "You may not add initiatives. Ministries' editors and the coordinators add them; ask an administrator for the right if you need it.",
    cannotEdit: 'You cannot edit this initiative',
    cannotEditText:
      "You may not edit this initiative. It is edited by its lead ministry's editors and the coordinators.",
    backToInitiative: "Back to the initiative's page",
  },
  print: {
    stamp: 'printed {{date}} at {{time}}',
    filters: 'filters: {{filters}}',
  },
  date: {
    format: 'Write the date as d.m.yyyy, for example 1.12.2026.',
    range: 'The date must be between {{min}} and {{max}}.',
    hint: 'As d.m.yyyy, for example 1.12.2026',
  },
  file: {
    choose: 'Choose file',
    drag: 'or drag a file here',
    remove: 'Remove',
    chosen: 'Chosen file',
  },
  backToList: 'Back to the initiative list',
  inFinnish: 'in Finnish',
  fallbackNote: 'This text is not available in the chosen language; the Finnish text is shown.',
  none: 'No',
};

export const common = { fi, sv, en };
