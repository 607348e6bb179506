export const common = {
  appName: 'digisalkku',
  digitoimisto: 'Digitoimisto',
  tagline: 'Digitalisaation, datatalouden ja datapolitiikan tilannekuva',
  skipToContent: 'Siirry sisältöön',
  nav: {
    initiatives: 'Hankkeet',
    euActs: 'EU-säädökset',
    import: 'Tuonti ja vienti',
    menu: 'Valikko',
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
