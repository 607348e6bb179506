import type { Shape } from '../../../../shared/message-shape.ts';
import type { records as fi } from '../fi/records.ts';

export const records: Shape<typeof fi> = {
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
