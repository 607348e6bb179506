import type { Shape } from '../../../../shared/message-shape.ts';
import type { records as fi } from '../fi/records.ts';

export const records: Shape<typeof fi> = {
  title: 'Import och export',
  coordinatorsOnly:
    'Endast koordinatorer och administratörer kan importera uppgifter. Portföljen kan ändå exporteras.',
  import: {
    heading: 'Importera projekt från en fil',
    intro:
      'Förhandsgranska först: förhandsgranskningen visar vad importen skulle göra med varje post, utan att spara något. Importen kan göras när förhandsgranskningen inte har några avvisade poster.',
    format: 'Filformat',
    formats: {
      digisalkku: 'Digiportföljens JSON-export',
      hankeikkuna: 'Projektfönstrets JSON (öppet gränssnitt)',
      csv: 'CSV-tabell',
      xlsx: 'Excel-tabell (XLSX)',
    },
    file: 'Fil',
    fileHint: 'Välj en fil i det valda formatet.',
    preview: 'Förhandsgranska',
    run: 'Importera',
    chooseFile: 'Välj först en fil.',
    previewing: 'Förhandsgranskar filen…',
    importing: 'Importerar filen…',
    failed: 'Servern avvisade filen ({{status}}): {{message}}',
    networkFailed: 'Det gick inte att nå servern. Kontrollera nätverksanslutningen och försök igen.',
    rejectedBlock:
      'Förhandsgranskningen har avvisade poster. Rätta filen och förhandsgranska den på nytt före importen.',
    ready: 'Förhandsgranskningen har inga avvisade poster. Du kan importera filen.',
    done: 'Importen är klar.',
  },
  report: {
    previewTitle: 'Förhandsgranskning (ingenting har sparats ännu)',
    resultTitle: 'Importens resultat',
    summary: 'Sammanfattning',
    records: 'Poster',
    euActs: 'EU-rättsakter i filen',
    warnings: 'Anmärkningar',
    outcome: {
      created: 'Ny',
      updated: 'Uppdatering',
      unchanged: 'Inga ändringar',
      rejected: 'Avvisad',
      existing: 'Redan i förteckningen',
    },
    column: {
      index: 'Nr',
      row: 'Rad',
      key: 'Identifierare',
      outcome: 'Resultat',
      reasons: 'Orsaker',
      guessed: 'Kompletterade uppgifter',
      changed: 'Ändrade fält',
    },
    none: '–',
    noRecords: 'Filen innehöll inga poster.',
  },
  export: {
    heading: 'Exportera portföljen',
    intro:
      'Ladda ner hela portföljen i digiportföljens JSON-format. Filen kan importeras till en annan digiportfölj.',
    link: 'Exportera portföljen (JSON)',
  },
};
