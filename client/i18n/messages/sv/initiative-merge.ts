import type { Shape } from '../../../../shared/message-shape.ts';
import type { initiativeMerge as fi } from '../fi/initiative-merge.ts';

export const initiativeMerge: Shape<typeof fi> = {
  merge: {
    conflicts: {
      one: 'Ni ändrade båda samma punkt',
      other: 'Ni ändrade båda samma punkter ({{count}})',
    },
    conflictsIntro:
      'Välj för varje punkt vilket värde som gäller, eller skriv en kombination av texten. Ingenting sparas innan du har valt.',
    languageLegend: '{{field}} ({{language}})',
    itemLegend: '{{field}}: {{item}}',
    theirValue: 'Nuvarande värde: {{actor}}, {{at}}',
    theirValueUnknown: 'Nuvarande värde',
    yourValue: 'Ditt värde',
    keepTheirs: 'Behåll det nuvarande värdet',
    keepMine: 'Behåll mitt värde',
    edit: 'Redigera en kombination',
    result: 'Kombinerad text',
    removed: '(borttagen)',
    notThere: '(finns inte)',
    kept: 'Sammanfogat utan konflikt',
    keptTheirs: 'Den andras ändring behålls: {{field}}',
    keptMine: 'Din ändring behålls: {{field}}',
    keptSame: 'Ni gjorde samma ändring: {{field}}',
    keptCombined: 'Bådas ändringar sammanfogades: {{field}}',
    remaining: {
      one: 'Välj ännu en lösning för {{count}} punkt.',
      other: 'Välj ännu en lösning för {{count}} punkter.',
    },
    allResolved: 'Alla punkter är lösta.',
    save: 'Spara den sammanfogade versionen',
    done: 'klar {{date}}',
    due: 'förfallodag {{date}}',
  },
};
