/**
 * The conflict view's merge: each field both people changed, their value beside yours, and
 * the choice. Part of the `initiative` area (carried in by initiative-history.ts). Its heading,
 * introduction and the "apply" and "discard" buttons are `initiative.conflict.*`.
 */
export const initiativeMerge = {
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
