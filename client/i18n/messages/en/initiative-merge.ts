import type { Shape } from '../../../../shared/message-shape.ts';
import type { initiativeMerge as fi } from '../fi/initiative-merge.ts';

export const initiativeMerge: Shape<typeof fi> = {
  merge: {
    conflicts: {
      one: 'You both changed the same field',
      other: 'You both changed the same fields ({{count}})',
    },
    conflictsIntro:
      'For each field, choose which value stays, or write a combination of the text. Nothing is saved until you have chosen.',
    languageLegend: '{{field}} ({{language}})',
    itemLegend: '{{field}}: {{item}}',
    theirValue: 'Their value: {{actor}}, {{at}}',
    theirValueUnknown: 'Their value',
    yourValue: 'Your value',
    keepTheirs: 'Keep theirs',
    keepMine: 'Keep mine',
    edit: 'Edit a combination',
    result: 'Combined text',
    removed: '(removed)',
    notThere: '(not there)',
    kept: 'Merged without a conflict',
    keptTheirs: 'Their change is kept: {{field}}',
    keptMine: 'Your change is kept: {{field}}',
    keptSame: 'You both made the same change: {{field}}',
    keptCombined: 'Both your changes were combined: {{field}}',
    remaining: {
      one: 'Choose a resolution for {{count}} more field.',
      other: 'Choose a resolution for {{count}} more fields.',
    },
    allResolved: 'Every field is resolved.',
    save: 'Save the merged version',
    done: 'done {{date}}',
    due: 'due {{date}}',
  },
};
