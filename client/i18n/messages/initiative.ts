import { fieldLabels } from '../../../shared/initiative-fields.ts';
import type { Shape } from '../../../shared/message-shape.ts';
import { initiativeForm } from './initiative-form.ts';
import { initiativeHistory } from './initiative-history.ts';

/**
 * The initiative page; its history sentences and its form live in initiative-history.ts and
 * initiative-form.ts and are merged in here, so every key stays under `initiative.`.
 */
const fi = {
  // From the field registry (shared/initiative-fields.ts): one place for every field's label.
  field: fieldLabels('fi'),
  page: {
    edit: 'Muokkaa',
    archive: 'Arkistoi',
    restore: 'Palauta arkistosta',
    archivedBanner: 'Hanke on arkistoitu {{date}}. Se ei näy hankelistalla eikä sitä voi muokata.',
    archiveTitle: 'Arkistoidaanko hanke?',
    archiveText:
      'Hanke poistuu hankelistalta, mutta sen tiedot ja historia säilyvät. Koordinaattori voi palauttaa sen.',
    archiveConfirm: 'Arkistoi hanke',
    archivedNotice: 'Hanke arkistoitiin.',
    restoredNotice: 'Hanke palautettiin arkistosta.',
    actionFailed: 'Toiminto epäonnistui: {{message}}',
    basics: 'Perustiedot',
    finance: 'Talous',
    contactAndLinks: 'Yhteyshenkilö ja linkit',
    record: 'Tietueen tiedot',
    created: 'Luotu {{date}}, {{by}}',
    updated: 'Päivitetty {{date}}, {{by}}',
    version: 'Versio {{version}}',
    unknownUser: 'tuntematon käyttäjä',
    registerLink: '{{code}} valtioneuvoston hankeikkunassa',
    opensNewWindow: '(avautuu uuteen ikkunaan)',
    noLinks: 'Ei linkkejä.',
    noContact: 'Ei yhteyshenkilöä.',
    noThemes: 'Ei teemoja.',
    noParticipants: 'Ei muita ministeriöitä.',
    noFunding: 'Rahoituslähteitä ei ole merkitty.',
    notSet: 'Ei merkitty',
  },
  health: {
    ministry: 'Vastuuministeriön arvio ({{ministry}})',
    digitoimisto: 'Digitoimiston arvio',
    noReason: 'Perustelua ei ole kirjattu.',
    assessed: 'Arvioinut {{by}} {{date}}',
    assessedOn: 'Arvioitu {{date}}',
    disagree: 'Arviot eroavat toisistaan.',
  },
  impacts: {
    act: 'Säädös',
    relation: 'Suhde',
    deadline: 'Määräaika',
    note: 'Huomautus',
    none: 'Hankkeella ei ole EU-vaikutuksia.',
    late: 'Määräaika on ohi',
    upcoming: { one: 'Määräaikaan {{count}} päivä', other: 'Määräaikaan {{count}} päivää' },
  },
  milestones: {
    none: 'Virstanpylväitä ei ole merkitty.',
    due: 'Määräpäivä {{date}}',
    done: 'Valmis {{date}}',
    late: 'Myöhässä',
    open: 'Kesken',
    summary: '{{done}}/{{total}} valmiina',
  },
  ...initiativeHistory.fi,
  ...initiativeForm.fi,
} as const;

const sv: Shape<typeof fi> = {
  // From the field registry (shared/initiative-fields.ts): one place for every field's label.
  field: fieldLabels('sv'),
  page: {
    edit: 'Redigera',
    archive: 'Arkivera',
    restore: 'Återställ från arkivet',
    archivedBanner: 'Projektet arkiverades {{date}}. Det visas inte i projektlistan och kan inte redigeras.',
    archiveTitle: 'Arkivera projektet?',
    archiveText:
      'Projektet försvinner från projektlistan, men dess uppgifter och historik finns kvar. En koordinator kan återställa det.',
    archiveConfirm: 'Arkivera projektet',
    archivedNotice: 'Projektet arkiverades.',
    restoredNotice: 'Projektet återställdes från arkivet.',
    actionFailed: 'Åtgärden misslyckades: {{message}}',
    basics: 'Grunduppgifter',
    finance: 'Ekonomi',
    contactAndLinks: 'Kontaktperson och länkar',
    record: 'Om posten',
    created: 'Skapad {{date}}, {{by}}',
    updated: 'Uppdaterad {{date}}, {{by}}',
    version: 'Version {{version}}',
    unknownUser: 'okänd användare',
    registerLink: '{{code}} i statsrådets projektfönster',
    opensNewWindow: '(öppnas i ett nytt fönster)',
    noLinks: 'Inga länkar.',
    noContact: 'Ingen kontaktperson.',
    noThemes: 'Inga teman.',
    noParticipants: 'Inga andra ministerier.',
    noFunding: 'Inga finansieringskällor har angetts.',
    notSet: 'Inte angivet',
  },
  health: {
    ministry: 'Det ansvariga ministeriets bedömning ({{ministry}})',
    digitoimisto: 'Digitalbyråns bedömning',
    noReason: 'Ingen motivering har angetts.',
    assessed: 'Bedömd av {{by}} {{date}}',
    assessedOn: 'Bedömd {{date}}',
    disagree: 'Bedömningarna skiljer sig åt.',
  },
  impacts: {
    act: 'Rättsakt',
    relation: 'Relation',
    deadline: 'Tidsfrist',
    note: 'Anmärkning',
    none: 'Projektet har ingen EU-påverkan.',
    late: 'Tidsfristen har gått ut',
    upcoming: { one: '{{count}} dag till tidsfristen', other: '{{count}} dagar till tidsfristen' },
  },
  milestones: {
    none: 'Inga milstolpar har angetts.',
    due: 'Förfallodag {{date}}',
    done: 'Klar {{date}}',
    late: 'Försenad',
    open: 'Pågår',
    summary: '{{done}}/{{total}} klara',
  },
  ...initiativeHistory.sv,
  ...initiativeForm.sv,
};

const en: Shape<typeof fi> = {
  // From the field registry (shared/initiative-fields.ts): one place for every field's label.
  field: fieldLabels('en'),
  page: {
    edit: 'Edit',
    archive: 'Archive',
    restore: 'Restore from archive',
    archivedBanner:
      'This initiative was archived on {{date}}. It is not shown in the list and cannot be edited.',
    archiveTitle: 'Archive this initiative?',
    archiveText:
      'The initiative leaves the list, but its data and history are kept. A coordinator can restore it.',
    archiveConfirm: 'Archive the initiative',
    archivedNotice: 'The initiative was archived.',
    restoredNotice: 'The initiative was restored from the archive.',
    actionFailed: 'The action failed: {{message}}',
    basics: 'Basic information',
    finance: 'Finance',
    contactAndLinks: 'Contact and links',
    record: 'About this record',
    created: 'Created {{date}} by {{by}}',
    updated: 'Updated {{date}} by {{by}}',
    version: 'Version {{version}}',
    unknownUser: 'unknown user',
    registerLink: '{{code}} in the government project register',
    opensNewWindow: '(opens in a new window)',
    noLinks: 'No links.',
    noContact: 'No contact person.',
    noThemes: 'No themes.',
    noParticipants: 'No other ministries.',
    noFunding: 'No funding sources recorded.',
    notSet: 'Not set',
  },
  health: {
    ministry: "Lead ministry's assessment ({{ministry}})",
    digitoimisto: "Digitoimisto's assessment",
    noReason: 'No reason recorded.',
    assessed: 'Assessed by {{by}} on {{date}}',
    assessedOn: 'Assessed on {{date}}',
    disagree: 'The assessments disagree.',
  },
  impacts: {
    act: 'Act',
    relation: 'Relation',
    deadline: 'Deadline',
    note: 'Note',
    none: 'This initiative has no EU impacts.',
    late: 'Deadline passed',
    upcoming: { one: '{{count}} day to the deadline', other: '{{count}} days to the deadline' },
  },
  milestones: {
    none: 'No milestones recorded.',
    due: 'Due {{date}}',
    done: 'Done {{date}}',
    late: 'Late',
    open: 'Open',
    summary: '{{done}} of {{total}} done',
  },
  ...initiativeHistory.en,
  ...initiativeForm.en,
};

export const initiative = { fi, sv, en };
