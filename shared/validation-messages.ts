import type { Language } from './codes.ts';

/**
 * The messages of our own validation rules in the three languages. The schemas of shared/
 * ask for them when an issue is raised (`error: () => vm('dateFormat')`), so the server
 * answers in English and the client, which sets its UI language here, shows the same rule in
 * the user's language. zod's built-in messages come from zod's own fi/sv/en locales.
 */
export const VALIDATION_MESSAGES = {
  dateFormat: {
    en: 'Write the date as YYYY-MM-DD.',
    fi: 'Kirjoita päivämäärä muodossa VVVV-KK-PP.',
    sv: 'Skriv datumet i formen ÅÅÅÅ-MM-DD.',
  },
  dateNotReal: {
    en: 'That date does not exist.',
    fi: 'Päivämäärää ei ole olemassa.',
    sv: 'Datumet finns inte.',
  },
  dateRange: {
    en: 'The date must be between {{min}} and {{max}}.',
    fi: 'Päivämäärän on oltava välillä {{min}}–{{max}}.',
    sv: 'Datumet måste vara mellan {{min}} och {{max}}.',
  },
  maxLength: {
    en: 'At most {{max}} characters.',
    fi: 'Enintään {{max}} merkkiä.',
    sv: 'Högst {{max}} tecken.',
  },
  finnishRequired: {
    en: 'The Finnish text is required.',
    fi: 'Suomenkielinen teksti on pakollinen.',
    sv: 'Den finska texten är obligatorisk.',
  },
  shortNameRequired: {
    en: 'A short name is required.',
    fi: 'Lyhyt nimi on pakollinen.',
    sv: 'Ett kort namn krävs.',
  },
  celex: {
    en: 'A CELEX number looks like 32024R1689.',
    fi: 'CELEX-numero on muotoa 32024R1689.',
    sv: 'Ett CELEX-nummer ser ut som 32024R1689.',
  },
  chooseEuAct: { en: 'Choose an EU act.', fi: 'Valitse EU-säädös.', sv: 'Välj en EU-rättsakt.' },
  reasonLength: {
    en: 'Keep the reason to one line (500 characters).',
    fi: 'Kirjoita perustelu yhdelle riville (500 merkkiä).',
    sv: 'Håll motiveringen till en rad (500 tecken).',
  },
  uuid: {
    en: 'This is not a valid identifier (a UUID); check the link.',
    fi: 'Tämä ei ole kelvollinen tunniste (UUID); tarkista linkki.',
    sv: 'Det här är ingen giltig identifierare (UUID); kontrollera länken.',
  },
  linkUrl: {
    en: 'A link must be a full http:// or https:// address.',
    fi: 'Linkin on oltava täydellinen http://- tai https://-osoite.',
    sv: 'En länk måste vara en fullständig http://- eller https://-adress.',
  },
  linkLabel: { en: 'Give the link a label.', fi: 'Anna linkille nimi.', sv: 'Ge länken en rubrik.' },
  contactName: {
    en: 'Give the contact person a name.',
    fi: 'Anna yhteyshenkilön nimi.',
    sv: 'Ange kontaktpersonens namn.',
  },
  email: {
    en: 'Write a valid e-mail address.',
    fi: 'Kirjoita toimiva sähköpostiosoite.',
    sv: 'Skriv en giltig e-postadress.',
  },
  budgetCents: {
    en: 'The budget is counted in whole cents.',
    fi: 'Budjetti ilmoitetaan kokonaisina sentteinä.',
    sv: 'Budgeten anges i hela cent.',
  },
  budgetNegative: {
    en: 'The budget cannot be negative.',
    fi: 'Budjetti ei voi olla negatiivinen.',
    sv: 'Budgeten kan inte vara negativ.',
  },
  budgetTooLarge: {
    en: 'The budget is larger than 100 billion euros; check the figure.',
    fi: 'Budjetti on yli 100 miljardia euroa; tarkista luku.',
    sv: 'Budgeten är över 100 miljarder euro; kontrollera siffran.',
  },
  endBeforeStart: {
    en: 'The end date is before the start date.',
    fi: 'Päättymispäivä on ennen alkamispäivää.',
    sv: 'Slutdatumet är före startdatumet.',
  },
  stageOnlyLaw: {
    en: 'Only law drafting has a preparation stage.',
    fi: 'Valmisteluvaihe on vain lainsäädäntöhankkeilla.',
    sv: 'Endast lagstiftningsprojekt har ett beredningsskede.',
  },
  leadNotParticipating: {
    en: 'The lead ministry cannot also be a participating ministry.',
    fi: 'Vastuuministeriö ei voi olla myös osallistuva ministeriö.',
    sv: 'Det ansvariga ministeriet kan inte också vara ett deltagande ministerium.',
  },
  duplicateImpact: {
    en: 'This EU act is already linked with the same relation.',
    fi: 'Tämä EU-säädös on jo liitetty samalla suhteella.',
    sv: 'Denna EU-rättsakt är redan kopplad med samma relation.',
  },
  milestoneTitle: {
    en: 'A milestone needs a title.',
    fi: 'Virstanpylväällä on oltava nimi.',
    sv: 'En milstolpe behöver en rubrik.',
  },
  unknownMinistry: {
    en: 'Unknown ministry. Use one of {{codes}}.',
    fi: 'Tuntematon ministeriö. Käytä jotakin näistä: {{codes}}.',
    sv: 'Okänt ministerium. Använd något av {{codes}}.',
  },
  projectNumber: {
    en: 'Write the project number like LVM046:00/2024.',
    fi: 'Kirjoita hanketunnus muodossa LVM046:00/2024.',
    sv: 'Skriv projektnumret i formen LVM046:00/2024.',
  },
  caseNumber: {
    en: 'Write the case number like VN/32418/2024.',
    fi: 'Kirjoita diaarinumero muodossa VN/32418/2024.',
    sv: 'Skriv diarienumret i formen VN/32418/2024.',
  },
  viewName: { en: 'Name the view.', fi: 'Anna näkymälle nimi.', sv: 'Ge vyn ett namn.' },
  username: {
    en: 'Write your user name.',
    fi: 'Kirjoita käyttäjätunnuksesi.',
    sv: 'Skriv ditt användarnamn.',
  },
  password: { en: 'Write your password.', fi: 'Kirjoita salasanasi.', sv: 'Skriv ditt lösenord.' },
  // ---------------------------------------------------------------- new passwords and users (shared/password-policy.ts, shared/user-admin.ts)
  passwordTooShort: {
    en: 'A password needs at least {{min}} characters. A phrase of a few words is long enough and easy to remember.',
    fi: 'Salasanassa on oltava vähintään {{min}} merkkiä. Muutaman sanan lause on riittävän pitkä ja helppo muistaa.',
    sv: 'Ett lösenord måste ha minst {{min}} tecken. En fras på några ord är tillräckligt lång och lätt att komma ihåg.',
  },
  passwordTooLong: {
    en: 'A password may have at most {{max}} characters.',
    fi: 'Salasanassa saa olla enintään {{max}} merkkiä.',
    sv: 'Ett lösenord får ha högst {{max}} tecken.',
  },
  passwordCommon: {
    en: 'This password is on a list of common or leaked passwords (perhaps with digits or symbols added), so it would be guessed easily. Choose another.',
    fi: 'Salasana on yleisten tai vuotaneiden salasanojen luettelossa (ehkä numeroilla tai merkeillä täydennettynä), joten se arvattaisiin helposti. Valitse toinen.',
    sv: 'Lösenordet finns på en lista över vanliga eller läckta lösenord (kanske med siffror eller tecken tillagda), så det vore lätt att gissa. Välj ett annat.',
  },
  passwordPattern: {
    en: 'This password only repeats characters or runs along the keyboard, the alphabet or the digits. Choose another.',
    fi: 'Salasana vain toistaa merkkejä tai etenee näppäimistön, aakkosten tai numeroiden järjestyksessä. Valitse toinen.',
    sv: 'Lösenordet upprepar bara tecken eller följer tangentbordet, alfabetet eller siffrorna i ordning. Välj ett annat.',
  },
  passwordContainsName: {
    en: 'The password must not contain the user name or the word digisalkku.',
    fi: 'Salasanassa ei saa olla käyttäjätunnusta eikä sanaa digisalkku.',
    sv: 'Lösenordet får inte innehålla användarnamnet eller ordet digisalkku.',
  },
  usernameFormat: {
    en: 'A user name has 3–100 characters: lower-case letters a–z, digits, and . _ - @ between them, like matti.meikalainen.',
    fi: 'Käyttäjätunnuksessa on 3–100 merkkiä: pieniä kirjaimia a–z, numeroita sekä niiden välissä merkkejä . _ - @, esimerkiksi matti.meikalainen.',
    sv: 'Ett användarnamn har 3–100 tecken: små bokstäver a–z, siffror och mellan dem . _ - @, till exempel matti.meikalainen.',
  },
  displayNameRequired: {
    en: 'Write the name shown for the user (at most 200 characters).',
    fi: 'Kirjoita käyttäjän näytettävä nimi (enintään 200 merkkiä).',
    sv: 'Skriv namnet som visas för användaren (högst 200 tecken).',
  },
  editorNeedsMinistry: {
    en: 'An editor edits the initiatives of one ministry: choose the ministry.',
    fi: 'Muokkaaja muokkaa yhden ministeriön hankkeita: valitse ministeriö.',
    sv: 'En redaktör redigerar ett ministeriums projekt: välj ministeriet.',
  },
  ministryOnlyForEditors: {
    en: 'Only an editor has a ministry; leave it empty for other roles.',
    fi: 'Vain muokkaajalla on ministeriö; jätä se tyhjäksi muilla rooleilla.',
    sv: 'Endast en redaktör har ett ministerium; lämna det tomt för andra roller.',
  },
  euActNotInCatalogue: {
    en: 'That EU act is not in the catalogue.',
    fi: 'EU-säädöstä ei ole luettelossa.',
    sv: 'EU-rättsakten finns inte i katalogen.',
  },
  projectNumberTaken: {
    en: 'Project number {{projectNumber}} is already used by "{{title}}".',
    fi: 'Hanketunnus {{projectNumber}} on jo käytössä hankkeella "{{title}}".',
    sv: 'Projektnumret {{projectNumber}} används redan av "{{title}}".',
  },
  projectNumberTakenRace: {
    en: 'Project number {{projectNumber}} was just taken by another initiative.',
    fi: 'Hanketunnus {{projectNumber}} otettiin juuri toisen hankkeen käyttöön.',
    sv: 'Projektnumret {{projectNumber}} togs just i bruk av ett annat projekt.',
  },
  mandateEndBeforeStart: {
    en: 'The mandate ends before it starts; check the dates.',
    fi: 'Toimikausi päättyy ennen kuin se alkaa; tarkista päivämäärät.',
    sv: 'Mandatperioden slutar innan den börjar; kontrollera datumen.',
  },
  publisherRequired: {
    en: 'Name the publisher of the comparison.',
    fi: 'Anna vertailun julkaisija.',
    sv: 'Ange vem som publicerar jämförelsen.',
  },
  editionRequired: {
    en: 'Name the edition, e.g. its year.',
    fi: 'Anna painos, esimerkiksi sen vuosi.',
    sv: 'Ange utgåvan, till exempel dess år.',
  },
  scoreNumber: {
    en: 'Write the score as a number, e.g. 82.5.',
    fi: 'Kirjoita pistemäärä lukuna, esimerkiksi 82,5.',
    sv: 'Skriv poängen som ett tal, till exempel 82,5.',
  },
  rankWhole: {
    en: 'A rank is a whole number from 1 to 1000.',
    fi: 'Sijoitus on kokonaisluku 1–1000.',
    sv: 'En placering är ett heltal från 1 till 1000.',
  },
  scoreOrRank: {
    en: "Give Finland's score, its rank or both.",
    fi: 'Anna Suomen pistemäärä, sijoitus tai molemmat.',
    sv: 'Ange Finlands poäng, placering eller båda.',
  },
  rankBeyondCount: {
    en: 'The rank is larger than the number of countries ranked.',
    fi: 'Sijoitus on suurempi kuin vertailtujen maiden määrä.',
    sv: 'Placeringen är större än antalet rangordnade länder.',
  },
  bodyShortNameTaken: {
    en: 'A body called "{{shortName}}" is already in the catalogue.',
    fi: 'Luettelossa on jo toimielin nimeltä "{{shortName}}".',
    sv: 'Katalogen har redan ett organ som heter "{{shortName}}".',
  },
  benchmarkShortNameTaken: {
    en: 'A comparison called "{{shortName}}" is already in the catalogue.',
    fi: 'Luettelossa on jo vertailu nimeltä "{{shortName}}".',
    sv: 'Katalogen har redan en jämförelse som heter "{{shortName}}".',
  },
  bodyEuActUnknown: {
    en: 'The EU act is not in the catalogue; choose one from the list.',
    fi: 'EU-säädöstä ei ole luettelossa; valitse säädös listasta.',
    sv: 'EU-rättsakten finns inte i katalogen; välj en i listan.',
  },
  shortNameTaken: {
    en: 'An EU act called "{{shortName}}" is already in the catalogue.',
    fi: 'Luettelossa on jo EU-säädös nimeltä "{{shortName}}".',
    sv: 'Katalogen har redan en EU-rättsakt som heter "{{shortName}}".',
  },
  snapshotLabel: {
    en: 'Name the snapshot (at most 120 characters), e.g. the meeting it is for.',
    fi: 'Anna tilannekuvalle nimi (enintään 120 merkkiä), esimerkiksi kokous, jota varten se otetaan.',
    sv: 'Ge ögonblicksbilden ett namn (högst 120 tecken), till exempel mötet den tas för.',
  },
  searchLength: {
    en: 'Search with at most 200 characters.',
    fi: 'Hakusanoissa saa olla enintään 200 merkkiä.',
    sv: 'Sök med högst 200 tecken.',
  },
  unsafeText: {
    en: 'The text contains a character that cannot be stored (a control character such as a NUL byte, or a broken character) at position {{position}}; remove it.',
    fi: 'Tekstissä on kohdassa {{position}} merkki, jota ei voi tallentaa (ohjausmerkki, kuten NUL-tavu, tai rikkinäinen merkki); poista se.',
    sv: 'Texten har på position {{position}} ett tecken som inte kan sparas (ett styrtecken, till exempel en NUL-byte, eller ett trasigt tecken); ta bort det.',
  },
  linkCredentials: {
    en: 'Remove the user name or password from the address.',
    fi: 'Poista osoitteesta käyttäjätunnus tai salasana.',
    sv: 'Ta bort användarnamnet eller lösenordet ur adressen.',
  },
  score: { en: 'A score is 1–5.', fi: 'Pisteet ovat 1–5.', sv: 'Poängen är 1–5.' },
  scores: {
    en: 'Scores are given as criterion key and score 1–5 pairs.',
    fi: 'Pisteet annetaan pareina: kriteerin tunnus ja pisteet 1–5.',
    sv: 'Poängen anges som par av kriterienyckel och poäng 1–5.',
  },
  tooManyWeights: {
    en: 'At most {{max}} criterion weights.',
    fi: 'Enintään {{max}} kriteerin painoarvot.',
    sv: 'Högst {{max}} kriterievikter.',
  },
  tooManyScores: {
    en: 'At most {{max}} criterion scores.',
    fi: 'Enintään {{max}} kriteerin pisteet.',
    sv: 'Högst {{max}} kriteriepoäng.',
  },
  criterionKey: {
    en: 'A criterion key is a lower-case letter and at most 39 more lower-case letters, digits or underscores, like eu_urgency (but not constructor or prototype).',
    fi: 'Kriteerin tunnus on pieni kirjain ja enintään 39 muuta pientä kirjainta, numeroa tai alaviivaa, esimerkiksi eu_urgency (mutta ei constructor tai prototype).',
    sv: 'En kriterienyckel är en liten bokstav och högst 39 till små bokstäver, siffror eller understreck, till exempel eu_urgency (men inte constructor eller prototype).',
  },
  unknownCriteria: {
    en: 'No such scoring criterion: {{keys}}. The criteria are {{criteria}}.',
    fi: 'Tällaista pisteytyskriteeriä ei ole: {{keys}}. Kriteerit ovat {{criteria}}.',
    sv: 'Det finns inget sådant poängkriterium: {{keys}}. Kriterierna är {{criteria}}.',
  },
  reasonTooLong: {
    en: 'Keep the reason to one line: at most {{max}} characters.',
    fi: 'Kirjoita perustelu yhdelle riville: enintään {{max}} merkkiä.',
    sv: 'Skriv motiveringen på en rad: högst {{max}} tecken.',
  },
  weightRange: {
    en: 'A weight is a whole number from 0 to {{max}}.',
    fi: 'Painoarvo on kokonaisluku väliltä 0–{{max}}.',
    sv: 'En vikt är ett heltal från 0 till {{max}}.',
  },
  criterionLevels: {
    en: 'Describe each of the five levels, 1 to 5, in Finnish at least.',
    fi: 'Kuvaa jokainen viidestä tasosta 1–5 ainakin suomeksi.',
    sv: 'Beskriv var och en av de fem nivåerna 1–5, åtminstone på finska.',
  },
  duplicateCriterion: {
    en: 'Each criterion key may appear only once.',
    fi: 'Kukin kriteerin tunnus saa esiintyä vain kerran.',
    sv: 'Varje kriterienyckel får förekomma bara en gång.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ValidationMessage = keyof typeof VALIDATION_MESSAGES;

let languageOf: () => Language = () => 'en';

/** The client sets its UI language here. */
export function setValidationLanguage(language: Language): void {
  languageOf = () => language;
}

/**
 * The server answers each request in the language the request asked for (English, the
 * language of the API, when it asked for none): it passes the per-request lookup here.
 */
export function setValidationLanguageSource(source: () => Language): void {
  languageOf = source;
}

export function validationLanguage(): Language {
  return languageOf();
}

/** A validation message in the current language, with `{{name}}` filled in. */
export function vm(key: ValidationMessage, vars: Record<string, string | number> = {}): string {
  return VALIDATION_MESSAGES[key][languageOf()].replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(vars[name] ?? ''),
  );
}
