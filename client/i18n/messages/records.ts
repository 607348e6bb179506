import type { Shape } from '../../../shared/message-shape.ts';

/** Records in and out: the import page (preview, report, import) and the portfolio export. */
const fi = {
  title: 'Tuonti ja vienti',
  coordinatorsOnly: 'Vain koordinaattorit ja ylläpitäjät voivat tuoda tietoja. Salkun voi silti viedä.',
  import: {
    heading: 'Tuo hankkeita tiedostosta',
    intro:
      'Esikatsele ensin: esikatselu kertoo, mitä tuonti tekisi kullekin tietueelle, tallentamatta mitään. Tuonti on käytettävissä, kun esikatselussa ei ole hylättyjä tietueita.',
    format: 'Tiedostomuoto',
    formats: {
      digisalkku: 'Digisalkun JSON-vienti',
      hankeikkuna: 'Hankeikkunan JSON (avoin rajapinta)',
      csv: 'CSV-taulukko',
      xlsx: 'Excel-taulukko (XLSX)',
    },
    file: 'Tiedosto',
    fileHint: 'Valitse tiedosto, joka on valitussa muodossa.',
    preview: 'Esikatsele',
    run: 'Tuo',
    chooseFile: 'Valitse ensin tiedosto.',
    previewing: 'Esikatsellaan tiedostoa…',
    importing: 'Tuodaan tiedostoa…',
    failed: 'Palvelin hylkäsi tiedoston ({{status}}): {{message}}',
    networkFailed: 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
    rejectedBlock:
      'Esikatselussa on hylättyjä tietueita. Korjaa tiedosto ja esikatsele se uudelleen ennen tuontia.',
    ready: 'Esikatselussa ei ole hylättyjä tietueita. Voit tuoda tiedoston.',
    done: 'Tuonti valmis.',
  },
  report: {
    previewTitle: 'Esikatselu (mitään ei ole vielä tallennettu)',
    resultTitle: 'Tuonnin tulos',
    summary: 'Yhteenveto',
    records: 'Tietueet',
    euActs: 'Tiedoston EU-säädökset',
    warnings: 'Huomiot',
    outcome: {
      created: 'Uusi',
      updated: 'Päivitys',
      unchanged: 'Ei muutoksia',
      rejected: 'Hylätty',
      existing: 'Jo luettelossa',
    },
    column: {
      index: 'Nro',
      row: 'Rivi',
      key: 'Tunniste',
      outcome: 'Tulos',
      reasons: 'Syyt',
      guessed: 'Täydennetyt tiedot',
      changed: 'Muuttuvat kentät',
    },
    none: '–',
    noRecords: 'Tiedostossa ei ollut tietueita.',
  },
  export: {
    heading: 'Vie salkku',
    intro: 'Lataa koko salkku digisalkun JSON-muodossa. Tiedoston voi tuoda toiseen digisalkkuun.',
    link: 'Vie salkku (JSON)',
  },
} as const;

const sv: Shape<typeof fi> = {
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

const en: Shape<typeof fi> = {
  title: 'Import and export',
  coordinatorsOnly: 'Only coordinators and administrators can import. Anyone can still export the portfolio.',
  import: {
    heading: 'Import initiatives from a file',
    intro:
      'Preview first: the preview tells what the import would do to each record without saving anything. Import becomes available once a preview has no rejected records.',
    format: 'File format',
    formats: {
      digisalkku: 'digisalkku JSON export',
      hankeikkuna: 'Hankeikkuna JSON (project register open API)',
      csv: 'CSV spreadsheet',
      xlsx: 'Excel spreadsheet (XLSX)',
    },
    file: 'File',
    fileHint: 'Choose a file in the chosen format.',
    preview: 'Preview',
    run: 'Import',
    chooseFile: 'Choose a file first.',
    previewing: 'Previewing the file…',
    importing: 'Importing the file…',
    failed: 'The server rejected the file ({{status}}): {{message}}',
    networkFailed: 'Could not reach the server. Check the network connection and try again.',
    rejectedBlock: 'The preview has rejected records. Fix the file and preview it again before importing.',
    ready: 'The preview has no rejected records. You can import the file.',
    done: 'Import finished.',
  },
  report: {
    previewTitle: 'Preview (nothing has been saved yet)',
    resultTitle: 'Import result',
    summary: 'Summary',
    records: 'Records',
    euActs: 'EU acts in the file',
    warnings: 'Warnings',
    outcome: {
      created: 'Created',
      updated: 'Updated',
      unchanged: 'Unchanged',
      rejected: 'Rejected',
      existing: 'Already in the catalogue',
    },
    column: {
      index: 'No.',
      row: 'Row',
      key: 'Key',
      outcome: 'Outcome',
      reasons: 'Reasons',
      guessed: 'Guessed fields',
      changed: 'Changed fields',
    },
    none: '–',
    noRecords: 'The file had no records.',
  },
  export: {
    heading: 'Export the portfolio',
    intro:
      'Download the whole portfolio in the digisalkku JSON format. The file can be imported into another digisalkku.',
    link: 'Export the portfolio (JSON)',
  },
};

export const records = { fi, sv, en };
