/**
 * Field paths as people read them: `title.fi` → "Nimi suomeksi" / "Namn på finska" / "Title
 * in Finnish", `euImpacts.0.deadline` → "EU-vaikutuksen 1 määräaika". Server messages, import
 * reports and the form's error summary name fields with it, so a message never shows a raw key.
 * The words are the form's own labels; the field registry (initiative-fields.ts) gives the rest.
 */
import type { Language } from './codes.ts';
import { INITIATIVE_FIELD_REGISTRY } from './initiative-fields.ts';

type Words = Readonly<Record<Language, string>>;
const w = (fi: string, sv: string, en: string): Words => ({ fi, sv, en });

/** A field and its parts. `{{n}}` in an item's words is the row number, from 1. */
interface PathNode {
  label: Words;
  /** `.fi`, `.sv`, `.en` below it: "Nimi suomeksi". */
  localized?: boolean;
  children?: Readonly<Record<string, PathNode>>;
  /** The rows of a list: the row, and its parts by their path below the row. */
  item?: { label: Words; parts?: Readonly<Record<string, Words>>; subject?: () => PathTree };
}
type PathTree = Readonly<Record<string, PathNode>>;

const IN_LANGUAGE: Record<Language, Words> = {
  fi: w('suomeksi', 'på finska', 'in Finnish'),
  sv: w('ruotsiksi', 'på svenska', 'in Swedish'),
  en: w('englanniksi', 'på engelska', 'in English'),
};
const LIST_ITEM = w('{{label}}, kohta {{n}}', '{{label}}, punkt {{n}}', '{{label}}, item {{n}}');
const ROW_PART = w('{{row}}: {{part}}', '{{row}}: {{part}}', '{{row}}: {{part}}');

const health = (who: 'ministry' | 'digitoimisto'): PathNode['children'] =>
  who === 'ministry'
    ? {
        rating: {
          label: w(
            'Vastuuministeriön arvio',
            'Det ansvariga ministeriets bedömning',
            "Lead ministry's rating",
          ),
        },
        reason: {
          label: w(
            'Vastuuministeriön perustelu',
            'Det ansvariga ministeriets motivering',
            "Lead ministry's reason",
          ),
        },
        assessedOn: {
          label: w(
            'Vastuuministeriön arvion päivämäärä',
            'Datum för det ansvariga ministeriets bedömning',
            "Date of the lead ministry's assessment",
          ),
        },
        assessedBy: {
          label: w(
            'Vastuuministeriön arvion tekijä',
            'Den som gjorde det ansvariga ministeriets bedömning',
            "Author of the lead ministry's assessment",
          ),
        },
      }
    : {
        rating: { label: w('Digitoimiston arvio', 'Digitalbyråns bedömning', "Digital Office's rating") },
        reason: {
          label: w('Digitoimiston perustelu', 'Digitalbyråns motivering', "Digital Office's reason"),
        },
        assessedOn: {
          label: w(
            'Digitoimiston arvion päivämäärä',
            'Datum för Digitalbyråns bedömning',
            "Date of the Digital Office's assessment",
          ),
        },
        assessedBy: {
          label: w(
            'Digitoimiston arvion tekijä',
            'Den som gjorde Digitalbyråns bedömning',
            "Author of the Digital Office's assessment",
          ),
        },
      };

const impactAct = w('EU-vaikutuksen {{n}} säädös', 'Rättsakt för EU-påverkan {{n}}', 'EU impact {{n}} act');

/** The parts of an initiative that are more than their registry label. */
const INITIATIVE_PARTS: Readonly<Record<string, Omit<PathNode, 'label'>>> = {
  title: { localized: true },
  summary: { localized: true },
  ministryHealth: { children: health('ministry') },
  digitoimistoHealth: { children: health('digitoimisto') },
  contact: {
    children: {
      name: { label: w('Yhteyshenkilön nimi', 'Kontaktpersonens namn', 'Contact person’s name') },
      email: { label: w('Yhteyshenkilön sähköposti', 'Kontaktpersonens e-post', 'Contact person’s e-mail') },
    },
  },
  links: {
    item: {
      label: w('Linkki {{n}}', 'Länk {{n}}', 'Link {{n}}'),
      parts: {
        label: w('Linkin {{n}} teksti', 'Text för länk {{n}}', 'Link {{n}} text'),
        url: w('Linkin {{n}} osoite', 'Adress för länk {{n}}', 'Link {{n}} address'),
      },
    },
  },
  milestones: {
    item: {
      label: w('Virstanpylväs {{n}}', 'Milstolpe {{n}}', 'Milestone {{n}}'),
      parts: {
        title: w('Virstanpylvään {{n}} nimi', 'Namn på milstolpe {{n}}', 'Milestone {{n}} title'),
        dueDate: w(
          'Virstanpylvään {{n}} määräpäivä',
          'Förfallodag för milstolpe {{n}}',
          'Milestone {{n}} due date',
        ),
        doneAt: w(
          'Virstanpylvään {{n}} valmistumispäivä',
          'Klardatum för milstolpe {{n}}',
          'Milestone {{n}} done date',
        ),
      },
    },
  },
  euImpacts: {
    item: {
      label: w('EU-vaikutus {{n}}', 'EU-påverkan {{n}}', 'EU impact {{n}}'),
      parts: {
        euActId: impactAct,
        // A digisalkku file names the act by its short name.
        euAct: impactAct,
        relation: w(
          'EU-vaikutuksen {{n}} suhde',
          'Relation för EU-påverkan {{n}}',
          'EU impact {{n}} relation',
        ),
        deadline: w(
          'EU-vaikutuksen {{n}} määräaika',
          'Tidsfrist för EU-påverkan {{n}}',
          'EU impact {{n}} deadline',
        ),
        note: w('EU-vaikutuksen {{n}} huomautus', 'Anmärkning för EU-påverkan {{n}}', 'EU impact {{n}} note'),
      },
    },
  },
};

/** What requests carry beside an entity's fields: ids, versions, sign-in, saved views, list queries. */
const REQUEST_FIELDS: PathTree = {
  version: { label: w('Versio', 'Version', 'Version') },
  afterVersion: { label: w('Versiosta alkaen', 'Från version', 'From version') },
  username: { label: w('Käyttäjätunnus', 'Användarnamn', 'User name') },
  password: { label: w('Salasana', 'Lösenord', 'Password') },
  name: { label: w('Näkymän nimi', 'Vyns namn', 'Name of the view') },
  shared: { label: w('Jaettu kaikille', 'Delad med alla', 'Shared with everyone') },
  limit: { label: w('Sivun koko', 'Sidans storlek', 'Page size') },
  offset: { label: w('Sivun alku', 'Sidans början', 'Page start') },
  language: { label: w('Kieli', 'Språk', 'Language') },
  filter: {
    label: w('Suodattimet', 'Filter', 'Filters'),
    children: {
      ministries: { label: w('Ministeriöt', 'Ministerier', 'Ministries') },
      leadMinistries: { label: w('Vastuuministeriöt', 'Ansvariga ministerier', 'Lead ministries') },
      statuses: { label: w('Tilat', 'Statusar', 'Statuses') },
      euActs: { label: w('EU-säädökset', 'EU-rättsakter', 'EU acts') },
      themes: { label: w('Teemat', 'Teman', 'Themes') },
      kinds: { label: w('Tyypit', 'Typer', 'Kinds') },
      tracks: { label: w('Linjat', 'Linjer', 'Tracks') },
      health: { label: w('Tilannearviot', 'Lägesbedömningar', 'Health') },
      tiers: { label: w('Prioriteettitasot', 'Prioritetsnivåer', 'Tiers') },
      euDeadlineWithinDays: {
        label: w('EU-määräaika päivien sisällä', 'EU-tidsfrist inom dagar', 'EU deadline within days'),
      },
      assessmentsDisagree: {
        label: w('Arviot eroavat', 'Bedömningarna skiljer sig', 'Assessments disagree'),
      },
      text: { label: w('Hakusanat', 'Sökord', 'Search words') },
      archived: { label: w('Arkistoidut', 'Arkiverade', 'Archived') },
    },
  },
  sort: {
    label: w('Lajittelu', 'Sortering', 'Sort order'),
    children: {
      field: { label: w('Lajitteluperuste', 'Sorteringsfält', 'Sort field') },
      direction: { label: w('Lajittelusuunta', 'Sorteringsriktning', 'Sort direction') },
    },
  },
};

/** An initiative's links to bodies and benchmarks, as a digisalkku file (version 2) carries them. */
const INITIATIVE_LINKS: PathTree = {
  bodies: {
    label: w('Yhteistyöelimet', 'Samarbetsorgan', 'Cooperation bodies'),
    item: {
      label: w('Yhteistyöelinlinkki {{n}}', 'Länk till samarbetsorgan {{n}}', 'Body link {{n}}'),
      parts: {
        body: w('Yhteistyöelinlinkin {{n}} elin', 'Organ för länk {{n}}', 'Body link {{n}} body'),
        relation: w(
          'Yhteistyöelinlinkin {{n}} suhde',
          'Relation för organlänk {{n}}',
          'Body link {{n}} relation',
        ),
        note: w(
          'Yhteistyöelinlinkin {{n}} huomautus',
          'Anmärkning för organlänk {{n}}',
          'Body link {{n}} note',
        ),
      },
    },
  },
  benchmarks: {
    label: w('Kansainväliset vertailut', 'Internationella jämförelser', 'Benchmarks'),
    item: {
      label: w('Vertailulinkki {{n}}', 'Jämförelselänk {{n}}', 'Benchmark link {{n}}'),
      parts: {
        benchmark: w(
          'Vertailulinkin {{n}} vertailu',
          'Jämförelse för länk {{n}}',
          'Benchmark link {{n}} benchmark',
        ),
        note: w(
          'Vertailulinkin {{n}} huomautus',
          'Anmärkning för jämförelselänk {{n}}',
          'Benchmark link {{n}} note',
        ),
      },
    },
  },
};

const INITIATIVE_TREE: PathTree = {
  ...REQUEST_FIELDS,
  ...INITIATIVE_LINKS,
  ...Object.fromEntries(
    INITIATIVE_FIELD_REGISTRY.map((field) => [
      field.key,
      { label: field.label, ...INITIATIVE_PARTS[field.key] },
    ]),
  ),
};

const keyDateText = (language: Language): Words => ({
  fi: `Päivämäärän {{n}} kuvaus ${IN_LANGUAGE[language].fi}`,
  sv: `Beskrivning av datum {{n}} ${IN_LANGUAGE[language].sv}`,
  en: `Date {{n}} description ${IN_LANGUAGE[language].en}`,
});

const EU_ACT_TREE: PathTree = {
  ...REQUEST_FIELDS,
  id: { label: w('Tunniste', 'Identifierare', 'Identifier') },
  shortName: { label: w('Lyhenne', 'Förkortning', 'Short name') },
  number: { label: w('Säädöksen numero', 'Rättsaktens nummer', 'Act number') },
  celex: { label: w('CELEX-numero', 'CELEX-nummer', 'CELEX number') },
  kind: { label: w('Tyyppi', 'Typ', 'Kind') },
  title: { label: w('Virallinen nimi', 'Officiellt namn', 'Official title'), localized: true },
  adoptedOn: { label: w('Hyväksytty', 'Antagen', 'Adopted') },
  entryIntoForceOn: { label: w('Voimaantulo', 'Ikraftträdande', 'Entry into force') },
  applicationOn: { label: w('Soveltaminen alkaa', 'Tillämpas från', 'Applies from') },
  transpositionDeadline: {
    label: w(
      'Kansallisen täytäntöönpanon määräaika',
      'Tidsfrist för nationellt genomförande',
      'Transposition deadline',
    ),
  },
  finnishLead: {
    label: w('Suomen vastuuministeriö', 'Ansvarigt ministerium i Finland', 'Finnish lead ministry'),
  },
  keyDates: {
    label: w('Muut keskeiset päivämäärät', 'Andra viktiga datum', 'Other key dates'),
    item: {
      label: w('Päivämäärä {{n}}', 'Datum {{n}}', 'Date {{n}}'),
      parts: {
        date: w('Päivämäärä {{n}}', 'Datum {{n}}', 'Date {{n}}'),
        label: w('Päivämäärän {{n}} kuvaus', 'Beskrivning av datum {{n}}', 'Date {{n}} description'),
        'label.fi': keyDateText('fi'),
        'label.sv': keyDateText('sv'),
        'label.en': keyDateText('en'),
      },
    },
  },
};

const CATALOGUE_LINKS: PathNode = {
  label: w('Linkit', 'Länkar', 'Links'),
  item: {
    label: w('Linkki {{n}}', 'Länk {{n}}', 'Link {{n}}'),
    parts: {
      label: w('Linkin {{n}} teksti', 'Text för länk {{n}}', 'Link {{n}} text'),
      url: w('Linkin {{n}} osoite', 'Adress för länk {{n}}', 'Link {{n}} address'),
    },
  },
};

const BODY_TREE: PathTree = {
  ...REQUEST_FIELDS,
  shortName: { label: w('Lyhenne', 'Förkortning', 'Short name') },
  name: { label: w('Nimi', 'Namn', 'Name'), localized: true },
  organisation: { label: w('Organisaatio', 'Organisation', 'Organisation') },
  ministry: { label: w('Vastuuministeriö', 'Ansvarigt ministerium', 'Responsible ministry') },
  agency: { label: w('Virasto', 'Myndighet', 'Agency') },
  contact: {
    label: w('Yhteyshenkilö', 'Kontaktperson', 'Contact'),
    children: {
      name: { label: w('Yhteyshenkilön nimi', 'Kontaktpersonens namn', 'Contact person’s name') },
      email: { label: w('Yhteyshenkilön sähköposti', 'Kontaktpersonens e-post', 'Contact person’s e-mail') },
    },
  },
  representatives: {
    label: w('Edustajat', 'Representanter', 'Representatives'),
    item: {
      label: w('Edustaja {{n}}', 'Representant {{n}}', 'Representative {{n}}'),
      parts: {
        name: w('Edustajan {{n}} nimi', 'Namn på representant {{n}}', 'Representative {{n}} name'),
        organisation: w(
          'Edustajan {{n}} organisaatio',
          'Organisation för representant {{n}}',
          'Representative {{n}} organisation',
        ),
        role: w('Edustajan {{n}} rooli', 'Roll för representant {{n}}', 'Representative {{n}} role'),
      },
    },
  },
  mandateStart: { label: w('Toimikausi alkaa', 'Mandatet börjar', 'Mandate starts') },
  mandateEnd: { label: w('Toimikausi päättyy', 'Mandatet slutar', 'Mandate ends') },
  meetingRhythm: { label: w('Kokousrytmi', 'Mötesrytm', 'Meeting rhythm') },
  nextMeetingOn: { label: w('Seuraava kokous', 'Nästa möte', 'Next meeting') },
  links: CATALOGUE_LINKS,
  euActId: { label: w('EU-säädös', 'EU-rättsakt', 'EU act') },
  // A digisalkku file names the act by its short name.
  euAct: { label: w('EU-säädös', 'EU-rättsakt', 'EU act') },
};

const BENCHMARK_TREE: PathTree = {
  ...REQUEST_FIELDS,
  shortName: { label: w('Lyhenne', 'Förkortning', 'Short name') },
  name: { label: w('Nimi', 'Namn', 'Name'), localized: true },
  publisher: { label: w('Julkaisija', 'Utgivare', 'Publisher') },
  cycle: { label: w('Julkaisutiheys', 'Publiceringsintervall', 'Cycle') },
  nextPublicationOn: { label: w('Seuraava julkaisu', 'Nästa publicering', 'Next publication') },
  scoreScale: { label: w('Pisteasteikko', 'Poängskala', 'Score scale') },
  links: CATALOGUE_LINKS,
  results: {
    label: w('Tulokset', 'Resultat', 'Results'),
    item: {
      label: w('Tulos {{n}}', 'Resultat {{n}}', 'Result {{n}}'),
      parts: {
        edition: w('Tuloksen {{n}} painos', 'Utgåva för resultat {{n}}', 'Result {{n}} edition'),
        publishedOn: w(
          'Tuloksen {{n}} julkaisupäivä',
          'Publiceringsdag för resultat {{n}}',
          'Result {{n}} published',
        ),
        score: w('Tuloksen {{n}} pisteet', 'Poäng för resultat {{n}}', 'Result {{n}} score'),
        rank: w('Tuloksen {{n}} sijoitus', 'Placering för resultat {{n}}', 'Result {{n}} rank'),
        rankOf: w('Tuloksen {{n}} maiden määrä', 'Antal länder för resultat {{n}}', 'Result {{n}} countries'),
        note: w('Tuloksen {{n}} huomautus', 'Anmärkning för resultat {{n}}', 'Result {{n}} note'),
      },
    },
  },
};

/** The digisalkku JSON file: its envelope, then each EU act, body, benchmark and initiative by its number. */
const EXPORT_FILE_TREE: PathTree = {
  format: { label: w('Tiedostomuoto', 'Filformat', 'File format') },
  formatVersion: { label: w('Tiedostomuodon versio', 'Filformatets version', 'File format version') },
  exportedAt: { label: w('Vientiaika', 'Exporttid', 'Export time') },
  euActs: {
    label: w('EU-säädökset', 'EU-rättsakter', 'EU acts'),
    item: { label: w('EU-säädös {{n}}', 'EU-rättsakt {{n}}', 'EU act {{n}}'), subject: () => EU_ACT_TREE },
  },
  bodies: {
    label: w('Yhteistyöelimet', 'Samarbetsorgan', 'Cooperation bodies'),
    item: { label: w('Yhteistyöelin {{n}}', 'Samarbetsorgan {{n}}', 'Body {{n}}'), subject: () => BODY_TREE },
  },
  benchmarks: {
    label: w('Kansainväliset vertailut', 'Internationella jämförelser', 'Benchmarks'),
    item: {
      label: w('Vertailu {{n}}', 'Jämförelse {{n}}', 'Benchmark {{n}}'),
      subject: () => BENCHMARK_TREE,
    },
  },
  initiatives: {
    label: w('Hankkeet', 'Projekt', 'Initiatives'),
    item: { label: w('Hanke {{n}}', 'Projekt {{n}}', 'Initiative {{n}}'), subject: () => INITIATIVE_TREE },
  },
};

const TREES = {
  initiative: INITIATIVE_TREE,
  euAct: EU_ACT_TREE,
  body: BODY_TREE,
  benchmark: BENCHMARK_TREE,
  exportFile: EXPORT_FILE_TREE,
} as const;

/** Whose fields a path names: an initiative (and any request), an EU act, a body, a benchmark, or a digisalkku file. */
export type PathSubject = keyof typeof TREES;

/** The whole input, when a path is empty or names nothing we know. */
const WHOLE = {
  request: w('Pyynnön tiedot', 'Förfrågans uppgifter', 'The request'),
  record: w('Tietue', 'Post', 'Record'),
} as const;

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
const isIndex = (segment: string | undefined) => segment !== undefined && /^\d+$/.test(segment);
/** A table's own entry: a key of the input such as `toString` or `__proto__` names nothing we know. */
const own = <T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  table && Object.hasOwn(table, key) ? table[key] : undefined;

function nodeLabel(node: PathNode, rest: readonly string[], language: Language): string {
  const [head, ...tail] = rest;
  if (head === undefined) return node.label[language];
  if (node.localized && (head === 'fi' || head === 'sv' || head === 'en'))
    return `${node.label[language]} ${IN_LANGUAGE[head][language]}`;
  const child = own(node.children, head);
  if (child) return nodeLabel(child, tail, language);
  if (!isIndex(head)) return node.label[language];
  const n = Number(head) + 1;
  if (!node.item) return fill(LIST_ITEM[language], { label: node.label[language], n });
  const row = fill(node.item.label[language], { n });
  if (tail.length === 0) return row;
  const part = own(node.item.parts, tail.join('.')) ?? own(node.item.parts, tail[0] as string);
  if (part) return fill(part[language], { n });
  if (node.item.subject) {
    const inner = treeLabel(node.item.subject(), tail, language);
    if (inner !== null) return fill(ROW_PART[language], { row, part: inner });
  }
  return row;
}

function treeLabel(tree: PathTree, path: readonly string[], language: Language): string | null {
  // Updates wrap the fields: `{ id, version, data: { title: … } }`.
  const [head, ...tail] = path[0] === 'data' && path.length > 1 ? path.slice(1) : path;
  const node = head === undefined ? undefined : own(tree, head);
  return node ? nodeLabel(node, tail, language) : null;
}

/**
 * The label of a field path in a language: `title.fi` → "Nimi suomeksi", `links.2.url` →
 * "Linkin 3 osoite", `data.leadMinistry` (an update's body) → "Vastuuministeriö". A path that
 * names nothing known reads as its nearest known part, or as the whole request (or record).
 */
export function fieldPathLabel(
  path: string | readonly PropertyKey[],
  language: Language,
  options: { subject?: PathSubject; whole?: keyof typeof WHOLE } = {},
): string {
  const segments = (typeof path === 'string' ? path.split('.') : path.map(String)).filter(
    (segment) => segment !== '' && segment !== '(input)',
  );
  return (
    treeLabel(TREES[options.subject ?? 'initiative'], segments, language) ??
    WHOLE[options.whole ?? 'request'][language]
  );
}

/** `Nimi suomeksi: Suomenkielinen teksti on pakollinen.` — an issue led by its field's label. */
export function describeIssue(
  issue: { path: readonly PropertyKey[]; message: string },
  language: Language,
  options: { subject?: PathSubject; whole?: keyof typeof WHOLE; prefix?: readonly PropertyKey[] } = {},
): string {
  return `${fieldPathLabel([...(options.prefix ?? []), ...issue.path], language, options)}: ${issue.message}`;
}

/** Sentences one after another; a message without a full stop is closed with a semicolon. */
export function joinMessages(messages: readonly string[]): string {
  return messages
    .map((message, index) =>
      index < messages.length - 1 && !/[.!?…]$/.test(message.trim()) ? `${message};` : message,
    )
    .join(' ');
}
