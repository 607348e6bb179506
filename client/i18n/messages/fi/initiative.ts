import { fieldLabels } from '../../../../shared/initiative-fields.ts';
import { initiativeForm } from './initiative-form.ts';
import { initiativeHistory } from './initiative-history.ts';

/**
 * The initiative page; its history sentences and its form live in initiative-history.ts and
 * initiative-form.ts and are merged in here, so every key stays under `initiative.`.
 */
export const initiative = {
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
  ...initiativeHistory,
  ...initiativeForm,
} as const;
