import type { Shape } from '../../../shared/message-shape.ts';

/**
 * The conflict view's merge: each field both people changed, their value beside yours, and
 * the choice. Part of the `initiative` area (carried in by initiative-history.ts). Its heading,
 * introduction and the "apply" and "discard" buttons are `initiative.conflict.*`.
 */
const fi = {
  merge: {
    conflicts: {
      one: 'Molemmat muutitte samaa kohtaa',
      other: 'Molemmat muutitte samoja kohtia ({{count}})',
    },
    conflictsIntro:
      'Valitse kuhunkin kohtaan, kumpi arvo jää voimaan, tai kirjoita tekstistä yhdistelmä. Mitään ei tallenneta ennen kuin olet valinnut.',
    languageLegend: '{{field}} ({{language}})',
    itemLegend: '{{field}}: {{item}}',
    theirValue: 'Nykyinen arvo: {{actor}}, {{at}}',
    theirValueUnknown: 'Nykyinen arvo',
    yourValue: 'Sinun arvosi',
    keepTheirs: 'Pidä nykyinen arvo',
    keepMine: 'Pidä oma arvoni',
    edit: 'Muokkaa yhdistelmää',
    result: 'Yhdistetty teksti',
    removed: '(poistettu)',
    notThere: '(ei ole)',
    kept: 'Yhdistetty ilman ristiriitaa',
    keptTheirs: 'Toisen muutos säilyy: {{field}}',
    keptMine: 'Sinun muutoksesi säilyy: {{field}}',
    keptSame: 'Teitte saman muutoksen: {{field}}',
    keptCombined: 'Molempien muutokset yhdistettiin: {{field}}',
    remaining: {
      one: 'Valitse vielä ratkaisu {{count}} kohtaan.',
      other: 'Valitse vielä ratkaisu {{count}} kohtaan.',
    },
    allResolved: 'Kaikki kohdat on ratkaistu.',
    save: 'Tallenna yhdistetty versio',
    done: 'valmis {{date}}',
    due: 'määräpäivä {{date}}',
  },
} as const;

const sv: Shape<typeof fi> = {
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

const en: Shape<typeof fi> = {
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

export const initiativeMerge = { fi, sv, en };
