import type { Language } from '../codes.ts';
import type { DiffSummary } from '../snapshot-diff.ts';
import type { MessageCatalogue } from './lookup.ts';

/**
 * The sentences that tell a portfolio diff (shared/change-sentences.ts), in the three
 * languages: the "changes since the last meeting" page and the PDF and PPTX packs say the same.
 * `{{title}}` is the initiative's title, `{{who}}` the one who assesses (Digitoimisto or the
 * lead ministry), `{{before}}`/`{{after}}` values already worded (dates, euros, code labels).
 */
export const CHANGE_SENTENCE_MESSAGES = {
  // ---------------------------------------------------------------- in one picture only
  added: { fi: 'Uusi hanke: {{title}}.', sv: 'Nytt projekt: {{title}}.', en: 'New initiative: {{title}}.' },
  restored: {
    fi: 'Palautettu arkistosta: {{title}}.',
    sv: 'Återställt från arkivet: {{title}}.',
    en: 'Restored from the archive: {{title}}.',
  },
  removed: { fi: 'Poistunut: {{title}}.', sv: 'Borttaget: {{title}}.', en: 'Removed: {{title}}.' },
  archived: { fi: 'Arkistoitu: {{title}}.', sv: 'Arkiverat: {{title}}.', en: 'Archived: {{title}}.' },

  // ---------------------------------------------------------------- status and stage
  status: {
    fi: 'Hankkeen {{title}} tila muuttui: {{before}} → {{after}}.',
    sv: 'Statusen för projektet {{title}} ändrades från {{before}} till {{after}}.',
    en: 'The status of {{title}} changed from {{before}} to {{after}}.',
  },
  completed: {
    fi: 'Hanke {{title}} valmistui.',
    sv: 'Projektet {{title}} slutfördes.',
    en: '{{title}} was completed.',
  },
  cancelled: {
    fi: 'Hanke {{title}} peruttiin.',
    sv: 'Projektet {{title}} ställdes in.',
    en: '{{title}} was cancelled.',
  },
  paused: {
    fi: 'Hanke {{title}} keskeytettiin.',
    sv: 'Projektet {{title}} pausades.',
    en: '{{title}} was paused.',
  },
  stage: {
    fi: 'Hankkeen {{title}} valmisteluvaihe muuttui: {{before}} → {{after}}.',
    sv: 'Beredningsskedet för projektet {{title}} ändrades från {{before}} till {{after}}.',
    en: 'The preparation stage of {{title}} changed from {{before}} to {{after}}.',
  },
  noStage: { fi: 'ei vaihetta', sv: 'inget skede', en: 'none' },

  // ---------------------------------------------------------------- assessments
  digitoimisto: { fi: 'Digitoimisto', sv: 'Digitalbyrån', en: 'the Digital Office' },
  leadMinistry: { fi: '{{ministry}}', sv: '{{ministry}}', en: 'the {{ministry}}' },
  health: {
    fi: '{{who}} muutti arviotaan hankkeesta {{title}}: {{before}} → {{after}}.',
    sv: '{{who}} ändrade sin bedömning av projektet {{title}} från {{before}} till {{after}}.',
    en: '{{who}} changed its assessment of {{title}} from {{before}} to {{after}}.',
  },
  healthWithReason: {
    fi: '{{who}} muutti arviotaan hankkeesta {{title}}: {{before}} → {{after}} ({{reason}}).',
    sv: '{{who}} ändrade sin bedömning av projektet {{title}} från {{before}} till {{after}}: {{reason}}.',
    en: '{{who}} changed its assessment of {{title}} from {{before}} to {{after}}: {{reason}}.',
  },
  healthReason: {
    fi: '{{who}} päivitti arviotaan hankkeesta {{title}} ({{rating}}): {{reason}}.',
    sv: '{{who}} uppdaterade motiveringen till sin bedömning av projektet {{title}} ({{rating}}): {{reason}}.',
    en: '{{who}} updated the reason for its assessment of {{title}} ({{rating}}): {{reason}}.',
  },
  healthReasonRemoved: {
    fi: '{{who}} poisti perustelun arviostaan hankkeesta {{title}} ({{rating}}).',
    sv: '{{who}} tog bort motiveringen till sin bedömning av projektet {{title}} ({{rating}}).',
    en: '{{who}} removed the reason for its assessment of {{title}} ({{rating}}).',
  },

  // ---------------------------------------------------------------- priority
  tier: {
    fi: 'Hanke {{title}} siirtyi prioriteettitasolta {{before}} tasolle {{after}}.',
    sv: 'Projektet {{title}} flyttades från prioritetsnivån {{before}} till {{after}}.',
    en: '{{title}} moved from the {{before}} tier to the {{after}} tier.',
  },
  rankUp: {
    fi: 'Hanke {{title}} nousi prioriteettitasolla {{tier}} sijalta {{before}} sijalle {{after}}.',
    sv: 'Projektet {{title}} steg inom prioritetsnivån {{tier}} från plats {{before}} till plats {{after}}.',
    en: '{{title}} moved up in the {{tier}} tier from place {{before}} to place {{after}}.',
  },
  rankDown: {
    fi: 'Hanke {{title}} laski prioriteettitasolla {{tier}} sijalta {{before}} sijalle {{after}}.',
    sv: 'Projektet {{title}} sjönk inom prioritetsnivån {{tier}} från plats {{before}} till plats {{after}}.',
    en: '{{title}} moved down in the {{tier}} tier from place {{before}} to place {{after}}.',
  },

  // ---------------------------------------------------------------- dates and budget
  startDateChanged: {
    fi: 'Hankkeen {{title}} alkamispäivä muuttui: {{before}} → {{after}}.',
    sv: 'Startdatumet för projektet {{title}} ändrades från {{before}} till {{after}}.',
    en: 'The start date of {{title}} changed from {{before}} to {{after}}.',
  },
  startDateSet: {
    fi: 'Hankkeelle {{title}} merkittiin alkamispäivä {{after}}.',
    sv: 'Projektet {{title}} fick startdatumet {{after}}.',
    en: 'The start date of {{title}} was set to {{after}}.',
  },
  startDateCleared: {
    fi: 'Hankkeen {{title}} alkamispäivä poistettiin (oli {{before}}).',
    sv: 'Startdatumet för projektet {{title}} togs bort (det var {{before}}).',
    en: 'The start date of {{title}} was removed (it was {{before}}).',
  },
  endDateChanged: {
    fi: 'Hankkeen {{title}} päättymispäivä muuttui: {{before}} → {{after}}.',
    sv: 'Slutdatumet för projektet {{title}} ändrades från {{before}} till {{after}}.',
    en: 'The end date of {{title}} changed from {{before}} to {{after}}.',
  },
  endDateSet: {
    fi: 'Hankkeelle {{title}} merkittiin päättymispäivä {{after}}.',
    sv: 'Projektet {{title}} fick slutdatumet {{after}}.',
    en: 'The end date of {{title}} was set to {{after}}.',
  },
  endDateCleared: {
    fi: 'Hankkeen {{title}} päättymispäivä poistettiin (oli {{before}}).',
    sv: 'Slutdatumet för projektet {{title}} togs bort (det var {{before}}).',
    en: 'The end date of {{title}} was removed (it was {{before}}).',
  },
  budgetCentsChanged: {
    fi: 'Hankkeen {{title}} budjetti muuttui: {{before}} → {{after}}.',
    sv: 'Budgeten för projektet {{title}} ändrades från {{before}} till {{after}}.',
    en: 'The budget of {{title}} changed from {{before}} to {{after}}.',
  },
  budgetCentsSet: {
    fi: 'Hankkeelle {{title}} merkittiin budjetti {{after}}.',
    sv: 'Projektet {{title}} fick en budget på {{after}}.',
    en: 'The budget of {{title}} was set to {{after}}.',
  },
  budgetCentsCleared: {
    fi: 'Hankkeen {{title}} budjetti poistettiin (oli {{before}}).',
    sv: 'Budgeten för projektet {{title}} togs bort (den var {{before}}).',
    en: 'The budget of {{title}} was removed (it was {{before}}).',
  },

  // ---------------------------------------------------------------- milestones
  milestoneDone: {
    fi: 'Virstanpylväs ”{{milestone}}” (hanke {{title}}) saavutettiin {{date}}.',
    sv: 'Milstolpen ”{{milestone}}” (projektet {{title}}) nåddes {{date}}.',
    en: 'Milestone “{{milestone}}” ({{title}}) was reached on {{date}}.',
  },
  milestoneReopened: {
    fi: 'Virstanpylväs ”{{milestone}}” (hanke {{title}}) merkittiin taas keskeneräiseksi.',
    sv: 'Milstolpen ”{{milestone}}” (projektet {{title}}) markerades åter som inte uppnådd.',
    en: 'Milestone “{{milestone}}” ({{title}}) was marked as not reached again.',
  },
  milestoneSlipped: {
    fi: 'Virstanpylväs ”{{milestone}}” (hanke {{title}}) siirtyi {{before}} → {{after}}.',
    sv: 'Milstolpen ”{{milestone}}” (projektet {{title}}) sköts upp från {{before}} till {{after}}.',
    en: 'Milestone “{{milestone}}” ({{title}}) slipped from {{before}} to {{after}}.',
  },
  milestoneAdvanced: {
    fi: 'Virstanpylväs ”{{milestone}}” (hanke {{title}}) aikaistui {{before}} → {{after}}.',
    sv: 'Milstolpen ”{{milestone}}” (projektet {{title}}) tidigarelades från {{before}} till {{after}}.',
    en: 'Milestone “{{milestone}}” ({{title}}) was brought forward from {{before}} to {{after}}.',
  },
  milestoneAdded: {
    fi: 'Hankkeeseen {{title}} lisättiin virstanpylväs ”{{milestone}}” (määräpäivä {{date}}).',
    sv: 'Projektet {{title}} fick milstolpen ”{{milestone}}” (förfallodag {{date}}).',
    en: 'Milestone “{{milestone}}” (due {{date}}) was added to {{title}}.',
  },
  milestoneRemoved: {
    fi: 'Hankkeesta {{title}} poistettiin virstanpylväs ”{{milestone}}”.',
    sv: 'Milstolpen ”{{milestone}}” togs bort från projektet {{title}}.',
    en: 'Milestone “{{milestone}}” was removed from {{title}}.',
  },

  // ---------------------------------------------------------------- EU impacts
  impactAdded: {
    fi: 'Hankkeeseen {{title}} liitettiin EU-säädös {{act}} ({{relation}}).',
    sv: 'EU-rättsakten {{act}} ({{relation}}) kopplades till projektet {{title}}.',
    en: 'EU act {{act}} ({{relation}}) was linked to {{title}}.',
  },
  impactAddedDeadline: {
    fi: 'Hankkeeseen {{title}} liitettiin EU-säädös {{act}} ({{relation}}, määräaika {{date}}).',
    sv: 'EU-rättsakten {{act}} ({{relation}}, tidsfrist {{date}}) kopplades till projektet {{title}}.',
    en: 'EU act {{act}} ({{relation}}, deadline {{date}}) was linked to {{title}}.',
  },
  impactRemoved: {
    fi: 'Hankkeesta {{title}} poistettiin EU-säädös {{act}} ({{relation}}).',
    sv: 'Kopplingen mellan EU-rättsakten {{act}} ({{relation}}) och projektet {{title}} togs bort.',
    en: 'EU act {{act}} ({{relation}}) was unlinked from {{title}}.',
  },
  impactDeadline: {
    fi: 'Hankkeen {{title}} EU-säädöksen {{act}} ({{relation}}) määräaika muuttui: {{before}} → {{after}}.',
    sv: 'Tidsfristen för EU-rättsakten {{act}} ({{relation}}) i projektet {{title}} ändrades från {{before}} till {{after}}.',
    en: 'The deadline for EU act {{act}} ({{relation}}) in {{title}} changed from {{before}} to {{after}}.',
  },
  impactNote: {
    fi: 'Hankkeen {{title}} EU-säädöksen {{act}} ({{relation}}) huomautus muuttui: ”{{note}}”.',
    sv: 'Anmärkningen om EU-rättsakten {{act}} ({{relation}}) i projektet {{title}} ändrades: ”{{note}}”.',
    en: 'The note on EU act {{act}} ({{relation}}) in {{title}} changed: “{{note}}”.',
  },
  impactNoteRemoved: {
    fi: 'Hankkeen {{title}} EU-säädöksen {{act}} ({{relation}}) huomautus poistettiin.',
    sv: 'Anmärkningen om EU-rättsakten {{act}} ({{relation}}) i projektet {{title}} togs bort.',
    en: 'The note on EU act {{act}} ({{relation}}) in {{title}} was removed.',
  },

  // ---------------------------------------------------------------- words
  noValue: { fi: 'ei merkitty', sv: 'inte angivet', en: 'not set' },
  noChanges: { fi: 'Ei muutoksia.', sv: 'Inga ändringar.', en: 'No changes.' },
} as const satisfies MessageCatalogue & Record<string, Record<Language, string>>;

export type ChangeSentenceKey = keyof typeof CHANGE_SENTENCE_MESSAGES;

type Counted = Readonly<Record<'one' | 'other', Readonly<Record<Language, string>>>>;

/**
 * The parts of the summary sentence ("4 siirtyi punaiseksi, 2 valmistui, 3 uutta"), in the
 * order told, each for one and for more. `{{count}}` is the count as the language writes it.
 */
export const SUMMARY_PARTS = {
  movedToRed: {
    one: { fi: '{{count}} siirtyi punaiseksi', sv: '{{count}} blev röd', en: '{{count}} moved to red' },
    other: { fi: '{{count}} siirtyi punaiseksi', sv: '{{count}} blev röda', en: '{{count}} moved to red' },
  },
  leftRed: {
    one: { fi: '{{count}} pois punaiselta', sv: '{{count}} är inte längre röd', en: '{{count}} left red' },
    other: { fi: '{{count}} pois punaiselta', sv: '{{count}} är inte längre röda', en: '{{count}} left red' },
  },
  completed: {
    one: { fi: '{{count}} valmistui', sv: '{{count}} slutfördes', en: '{{count}} completed' },
    other: { fi: '{{count}} valmistui', sv: '{{count}} slutfördes', en: '{{count}} completed' },
  },
  added: {
    one: { fi: '{{count}} uusi', sv: '{{count}} nytt', en: '{{count}} new' },
    other: { fi: '{{count}} uutta', sv: '{{count}} nya', en: '{{count}} new' },
  },
  removed: {
    one: { fi: '{{count}} poistunut', sv: '{{count}} borttaget', en: '{{count}} removed' },
    other: { fi: '{{count}} poistunutta', sv: '{{count}} borttagna', en: '{{count}} removed' },
  },
  tierChanged: {
    one: {
      fi: '{{count}} vaihtoi prioriteettitasoa',
      sv: '{{count}} bytte prioritetsnivå',
      en: '{{count}} changed tier',
    },
    other: {
      fi: '{{count}} vaihtoi prioriteettitasoa',
      sv: '{{count}} bytte prioritetsnivå',
      en: '{{count}} changed tier',
    },
  },
  milestonesDone: {
    one: {
      fi: '{{count}} virstanpylväs saavutettu',
      sv: '{{count}} milstolpe nådd',
      en: '{{count}} milestone reached',
    },
    other: {
      fi: '{{count}} virstanpylvästä saavutettu',
      sv: '{{count}} milstolpar nådda',
      en: '{{count}} milestones reached',
    },
  },
  milestonesSlipped: {
    one: {
      fi: '{{count}} virstanpylväs siirtyi myöhemmäksi',
      sv: '{{count}} milstolpe försenad',
      en: '{{count}} milestone slipped',
    },
    other: {
      fi: '{{count}} virstanpylvästä siirtyi myöhemmäksi',
      sv: '{{count}} milstolpar försenade',
      en: '{{count}} milestones slipped',
    },
  },
  changed: {
    one: {
      fi: 'muutoksia {{count}} hankkeessa',
      sv: 'ändringar i {{count}} projekt',
      en: 'changes in {{count}} initiative',
    },
    other: {
      fi: 'muutoksia {{count}} hankkeessa',
      sv: 'ändringar i {{count}} projekt',
      en: 'changes in {{count}} initiatives',
    },
  },
} as const satisfies Record<keyof DiffSummary, Counted>;
