import type { Language } from '../codes.ts';
import { fieldPathLabel } from '../field-paths.ts';
import type { RegistryField } from '../initiative-fields.ts';
import { validationLanguage } from '../validation-messages.ts';
import { type MessageCatalogue, messagesOf } from './lookup.ts';

/**
 * What reading a government project register (Hankeikkuna) record says, in the three
 * languages: why a record is rejected, what was guessed, what was left out. `{{field}}` is a
 * field's label, with the register's own field in parentheses where it helps to find it.
 */
export const HANKEIKKUNA_MESSAGES = {
  unknownType: {
    en: '{{field}}: Unknown type "{{value}}"; expected {{codes}}.',
    fi: '{{field}}: tuntematon tyyppi "{{value}}"; odotettiin jotakin näistä: {{codes}}.',
    sv: '{{field}}: okänd typ "{{value}}"; förväntade något av {{codes}}.',
  },
  unknownStage: {
    en: '{{field}}: Unknown stage "{{value}}"; expected {{codes}}.',
    fi: '{{field}}: tuntematon valmisteluvaihe "{{value}}"; odotettiin jotakin näistä: {{codes}}.',
    sv: '{{field}}: okänt beredningsskede "{{value}}"; förväntade något av {{codes}}.',
  },
  unknownState: {
    en: '{{field}}: Unknown state "{{value}}"; expected {{codes}}.',
    fi: '{{field}}: tuntematon tila "{{value}}"; odotettiin jotakin näistä: {{codes}}.',
    sv: '{{field}}: okänd status "{{value}}"; förväntade något av {{codes}}.',
  },
  notADate: {
    en: '{{field}}: "{{value}}" is not a date (expected YYYY-MM-DD or an ISO date-time).',
    fi: '{{field}}: "{{value}}" ei ole päivämäärä (odotettiin muotoa VVVV-KK-PP tai ISO-aikaleimaa).',
    sv: '{{field}}: "{{value}}" är inget datum (förväntade ÅÅÅÅ-MM-DD eller en ISO-tidsstämpel).',
  },
  noLeadMinistry: {
    en: '{{field}}: cannot tell the lead ministry: {{why}}, and {{number}}. Add the organiser, or a project number that starts with the ministry (like LVM046:00/2024).',
    fi: '{{field}}: vastuuministeriötä ei voi päätellä: {{why}}, ja {{number}}. Lisää tietueeseen asettaja tai ministeriön lyhenteellä alkava hanketunnus (kuten LVM046:00/2024).',
    sv: '{{field}}: det går inte att avgöra det ansvariga ministeriet: {{why}}, och {{number}}. Lägg till tillsättaren eller ett projektnummer som börjar med ministeriets förkortning (som LVM046:00/2024).',
  },
  unknownOrganiser: {
    en: 'the organiser {{organiser}} is not a known ministry',
    fi: 'asettaja {{organiser}} ei ole tunnettu ministeriö',
    sv: 'tillsättaren {{organiser}} är inget känt ministerium',
  },
  noOrganiser: {
    en: 'the record names no organiser',
    fi: 'tietueessa ei ole asettajaa',
    sv: 'posten anger ingen tillsättare',
  },
  numberWithoutPrefix: {
    en: 'the project number "{{number}}" has no ministry prefix',
    fi: 'hanketunnus "{{number}}" ei ala ministeriön lyhenteellä',
    sv: 'projektnumret "{{number}}" börjar inte med ett ministeriums förkortning',
  },
  numberMissing: {
    en: 'the project number is missing',
    fi: 'hanketunnus puuttuu',
    sv: 'projektnumret saknas',
  },

  guessedSummary: {
    en: '{{field}}: the Finnish title (the record has no Finnish description)',
    fi: '{{field}}: suomenkielinen nimi (tietueessa ei ole suomenkielistä kuvausta)',
    sv: '{{field}}: det finska namnet (posten har ingen finsk beskrivning)',
  },
  guessedKind: {
    en: '{{field}}: {{value}} (the record has no type, kohde.tyyppi)',
    fi: '{{field}}: {{value}} (tietueessa ei ole tyyppiä, kohde.tyyppi)',
    sv: '{{field}}: {{value}} (posten saknar typ, kohde.tyyppi)',
  },
  guessedStatus: {
    en: '{{field}}: {{value}} (the record has no state, kohde.tila)',
    fi: '{{field}}: {{value}} (tietueessa ei ole tilaa, kohde.tila)',
    sv: '{{field}}: {{value}} (posten saknar status, kohde.tila)',
  },
  guessedLeadMinistry: {
    en: '{{field}}: {{value}}, from the project number prefix ({{why}})',
    fi: '{{field}}: {{value}}, päätelty hanketunnuksen alusta ({{why}})',
    sv: '{{field}}: {{value}}, härlett ur projektnumrets början ({{why}})',
  },
  guessedTrack: {
    en: '{{field}}: {{value}} (the register has no track)',
    fi: '{{field}}: {{value}} (rekisterissä ei ole linjaa)',
    sv: '{{field}}: {{value}} (registret har ingen linje)',
  },
  guessedStartDate: {
    en: '{{field}}: the setting date, asettamisPaiva (the record has no start date, aloitusPaiva)',
    fi: '{{field}}: asettamispäivä, asettamisPaiva (tietueessa ei ole aloituspäivää, aloitusPaiva)',
    sv: '{{field}}: tillsättningsdagen, asettamisPaiva (posten saknar startdatum, aloitusPaiva)',
  },
  guessedThemes: {
    en: '{{field}}: {{value}} (from the keywords)',
    fi: '{{field}}: {{value}} (asiasanojen perusteella)',
    sv: '{{field}}: {{value}} (utifrån ämnesorden)',
  },
  phaseWithoutDates: {
    en: '{{field}}: left out, it has no dates',
    fi: '{{field}}: jätettiin pois, koska siinä ei ole päivämääriä',
    sv: '{{field}}: utelämnad eftersom den saknar datum',
  },
  linkLeftOut: {
    en: '{{field}}: left out (only http:// and https:// addresses are kept)',
    fi: '{{field}}: jätettiin pois (vain http://- ja https://-osoitteet otetaan mukaan)',
    sv: '{{field}}: utelämnad (endast http://- och https://-adresser tas med)',
  },

  // The register's own fields, where digisalkku has none of the same meaning.
  record: { en: 'Record', fi: 'Tietue', sv: 'Post' },
  organiser: { en: 'Organiser', fi: 'Asettaja', sv: 'Tillsättare' },
  settingDate: { en: 'Setting date', fi: 'Asettamispäivä', sv: 'Tillsättningsdag' },
  registerId: { en: 'Register identifier', fi: 'Rekisteritunniste', sv: 'Registrets identifierare' },
  phase: { en: 'Phase {{n}}', fi: 'Etappi {{n}}', sv: 'Etapp {{n}}' },
  phases: { en: 'Phases', fi: 'Etapit', sv: 'Etapper' },
  keyword: { en: 'Keyword {{n}}', fi: 'Asiasana {{n}}', sv: 'Ämnesord {{n}}' },
  keywords: { en: 'Keywords', fi: 'Asiasanat', sv: 'Ämnesord' },
  link: { en: 'Link {{n}}', fi: 'Linkki {{n}}', sv: 'Länk {{n}}' },
  links: { en: 'Links', fi: 'Linkit', sv: 'Länkar' },
  relatedToLaw: {
    en: 'Related to legislation',
    fi: 'Liittyy lainsäädäntöön',
    sv: 'Anknyter till lagstiftning',
  },
  relatedToBudget: { en: 'Related to the budget', fi: 'Liittyy talousarvioon', sv: 'Anknyter till budgeten' },
} as const satisfies MessageCatalogue & Record<string, Record<Language, string>>;

/** A message about a register record in the current language. */
export const hm = messagesOf(HANKEIKKUNA_MESSAGES);

/** `kohde.X` → the digisalkku field it becomes, or the register's own word for it. */
const KOHDE_FIELDS: Readonly<Record<string, RegistryField | keyof typeof HANKEIKKUNA_MESSAGES>> = {
  uuid: 'registerId',
  tunnus: 'projectNumber',
  asianumerot: 'caseNumbers',
  nimi: 'title',
  kuvaus: 'summary',
  tyyppi: 'kind',
  tila: 'status',
  valmisteluvaihe: 'preparationStage',
  asettajaUuid: 'organiser',
  asettamisPaiva: 'settingDate',
  aloitusPaiva: 'startDate',
  valmistumisPaiva: 'endDate',
  liittyyLainsaadantoon: 'relatedToLaw',
  liittyyTalousarvioon: 'relatedToBudget',
};

function registerLabel(path: readonly string[]): string {
  const [head, second, ...rest] = path;
  const n = Number(second) + 1;
  if (head === 'kohde' && second !== undefined) {
    const field = KOHDE_FIELDS[second];
    if (!field) return hm('record');
    return field in HANKEIKKUNA_MESSAGES
      ? hm(field as keyof typeof HANKEIKKUNA_MESSAGES)
      : fieldPathLabel([field, ...rest], validationLanguage());
  }
  if (head === 'etapit') return Number.isNaN(n) ? hm('phases') : hm('phase', { n });
  if (head === 'asiasanat') return Number.isNaN(n) ? hm('keywords') : hm('keyword', { n });
  if (head === 'linkit') return Number.isNaN(n) ? hm('links') : hm('link', { n });
  return hm('record');
}

/**
 * A register field as the reasons name it: its label and, to find it in the file, its path
 * there — "Tyyppi (kohde.tyyppi)", "Etappi 3 (etapit.2)". The whole record is "Tietue".
 */
export function registerField(path: string | readonly PropertyKey[]): string {
  const segments = typeof path === 'string' ? path.split('.') : path.map(String);
  const label = registerLabel(segments);
  return segments.length === 0 ? label : `${label} (${segments.join('.')})`;
}
