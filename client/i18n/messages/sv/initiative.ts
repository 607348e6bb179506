import { fieldLabels } from '../../../../shared/initiative-fields.ts';
import type { Shape } from '../../../../shared/message-shape.ts';
import type { initiative as fi } from '../fi/initiative.ts';
import { initiativeForm } from './initiative-form.ts';
import { initiativeHistory } from './initiative-history.ts';

export const initiative: Shape<typeof fi> = {
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
  ...initiativeHistory,
  ...initiativeForm,
};
