import { fieldLabels } from '../../../../shared/initiative-fields.ts';
import type { Shape } from '../../../../shared/message-shape.ts';
import type { initiative as fi } from '../fi/initiative.ts';
import { initiativeForm } from './initiative-form.ts';
import { initiativeHistory } from './initiative-history.ts';

export const initiative: Shape<typeof fi> = {
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
    digitoimisto: "Digital Office's assessment",
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
  ...initiativeHistory,
  ...initiativeForm,
};
