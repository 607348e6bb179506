import type { Shape } from '../../../../shared/message-shape.ts';
import type { quality as fi } from '../fi/quality.ts';

export const quality: Shape<typeof fi> = {
  nav: 'Datakvalitet',
  title: 'Datakvalitet',
  flag: {
    missingStartDate: 'Startdatum saknas',
    missingEndDate: 'Slutdatum saknas',
    endBeforeStart: 'Slutar före start',
    ongoingPastEnd: 'Pågår efter slutdatum',
    lawWithoutStage: 'Beredningsskede saknas',
    notAssessed: 'Ingen lägesbedömning',
    staleAssessment: 'Gammal lägesbedömning',
    openMilestoneWhenClosed: 'Öppen milstolpe i avslutat projekt',
    milestonesDoneWhileOpen: 'Milstolparna klara, projektet fortfarande öppet',
    missingSwedishTitle: 'Svenskt namn saknas',
    missingEnglishTitle: 'Engelskt namn saknas',
  },
  explain: {
    missingStartDate: 'Projektet har inget startdatum.',
    missingEndDate: 'Projektet har inget slutdatum.',
    endBeforeStart: 'Slutdatumet ligger före startdatumet.',
    ongoingPastEnd: 'Statusen är fortfarande ”pågående” trots att slutdatumet har passerats.',
    lawWithoutStage: 'Lagberedningen har inget beredningsskede angivet.',
    notAssessed: 'Varken det ansvariga ministeriet eller Digitalbyrån har bedömt projektet.',
    staleAssessment: 'Lägesbedömningen är äldre än {{days}} dagar.',
    openMilestoneWhenClosed: 'Projektet är avslutat eller inställt, men en milstolpe är fortfarande öppen.',
    milestonesDoneWhileOpen:
      'Alla milstolpar är klara och slutdatumet har passerats, men projektet är fortfarande öppet.',
    missingSwedishTitle: 'Projektet saknar namn på svenska.',
    missingEnglishTitle: 'Projektet saknar namn på engelska.',
  },
  section: {
    intro: 'Brister som det ansvariga ministeriet bör rätta:',
    clean: 'Inga brister',
    fix: 'Rätta: {{field}}',
    whoFixes: 'Uppgifterna rättas av det ansvariga ministeriet eller en koordinator.',
  },
  filter: 'Endast projekt med brister i uppgifterna',
  filterHint:
    'Till exempel ett saknat datum, en saknad lägesbedömning eller ett saknat namn på svenska eller engelska.',
  scoreLabel: 'Kvalitetspoäng',
  scoreHint: 'Andelen projekt utan brister i uppgifterna',
};
