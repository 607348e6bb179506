import type { Language } from '../codes.ts';
import { type MessageCatalogue, messagesOf } from './lookup.ts';

/**
 * Problems with an import file as a whole (the route answers 400, or 413 when it is too
 * large), and with the import request itself, in the three languages. The zip clauses are
 * lower-case parts of a sentence ("The file is not a readable XLSX workbook: …").
 */
export const IMPORT_FILE_MESSAGES = {
  // ---------------------------------------------------------------- the request
  unknownFormat: {
    en: 'Unknown import format "{{format}}": use ?format= with one of {{formats}}.',
    fi: 'Tuntematon tuontimuoto "{{format}}": anna ?format= jollakin näistä: {{formats}}.',
    sv: 'Okänt importformat "{{format}}": ange ?format= med något av {{formats}}.',
  },
  noFormat: {
    en: 'Say which format the file is in: use ?format= with one of {{formats}}.',
    fi: 'Kerro tiedoston muoto: anna ?format= jollakin näistä: {{formats}}.',
    sv: 'Ange filens format: använd ?format= med något av {{formats}}.',
  },
  formatChoice: {
    en: 'Unknown import format. Use one of {{formats}}.',
    fi: 'Tuntematon tuontimuoto. Käytä jotakin näistä: {{formats}}.',
    sv: 'Okänt importformat. Använd något av {{formats}}.',
  },
  dryRun: {
    en: 'dryRun must be true or false.',
    fi: 'Parametrin dryRun arvon on oltava true tai false.',
    sv: 'Parametern dryRun ska vara true eller false.',
  },
  fileTooLarge: {
    en: 'The file is larger than the {{max}} MB import limit; split it into smaller files.',
    fi: 'Tiedosto on suurempi kuin tuonnin {{max}} Mt:n raja; jaa se pienempiin tiedostoihin.',
    sv: 'Filen är större än importgränsen på {{max}} MB; dela upp den i mindre filer.',
  },
  tooManyRecords: {
    en: 'The file has {{count}} records; one import takes at most {{max}}. Split it into smaller files.',
    fi: 'Tiedostossa on {{count}} tietuetta; yhteen tuontiin mahtuu enintään {{max}}. Jaa se pienempiin tiedostoihin.',
    sv: 'Filen har {{count}} poster; en import tar högst {{max}}. Dela upp den i mindre filer.',
  },
  sheetTooManyRecords: {
    en: 'The sheet has {{count}} records; one import takes at most {{max}}. Split it into smaller files.',
    fi: 'Taulukossa on {{count}} riviä; yhteen tuontiin mahtuu enintään {{max}}. Jaa se pienempiin tiedostoihin.',
    sv: 'Bladet har {{count}} rader; en import tar högst {{max}}. Dela upp den i mindre filer.',
  },
  sheetMoreThan: {
    en: 'The sheet has more than {{max}} records; one import takes at most {{max}}. Split it into smaller files.',
    fi: 'Taulukossa on yli {{max}} riviä; yhteen tuontiin mahtuu enintään {{max}}. Jaa se pienempiin tiedostoihin.',
    sv: 'Bladet har fler än {{max}} rader; en import tar högst {{max}}. Dela upp den i mindre filer.',
  },

  // ---------------------------------------------------------------- text and JSON
  empty: {
    en: 'The file is empty; choose another file.',
    fi: 'Tiedosto on tyhjä; valitse toinen tiedosto.',
    sv: 'Filen är tom; välj en annan fil.',
  },
  notUtf8: {
    en: 'The file is not UTF-8 text. Save it as UTF-8 (in Excel: "CSV UTF-8").',
    fi: 'Tiedosto ei ole UTF-8-tekstiä. Tallenna se UTF-8-muodossa (Excelissä: "CSV UTF-8").',
    sv: 'Filen är inte UTF-8-text. Spara den som UTF-8 (i Excel: "CSV UTF-8").',
  },
  notJson: {
    en: 'The file is not valid JSON{{where}}; check that it is a whole, unedited file.',
    fi: 'Tiedosto ei ole kelvollista JSONia{{where}}; tarkista, että tiedosto on kokonainen ja muokkaamaton.',
    sv: 'Filen är inte giltig JSON{{where}}; kontrollera att filen är hel och oredigerad.',
  },
  jsonAtLine: {
    en: ' (line {{line}}, column {{column}})',
    fi: ' (rivi {{line}}, sarake {{column}})',
    sv: ' (rad {{line}}, kolumn {{column}})',
  },
  jsonAtPosition: {
    en: ' (at character {{position}})',
    fi: ' (merkki {{position}})',
    sv: ' (tecken {{position}})',
  },
  jsonCutShort: {
    en: ' (it ends too early)',
    fi: ' (se päättyy kesken)',
    sv: ' (den tar slut för tidigt)',
  },
  notDigisalkku: {
    en: 'This is not a digisalkku export: {{problems}}',
    fi: 'Tämä ei ole digisalkun vientitiedosto: {{problems}}',
    sv: 'Det här är inte en exportfil från digisalkku: {{problems}}',
  },
  formatLiteral: {
    en: 'Expected "{{format}}".',
    fi: 'Arvon on oltava "{{format}}".',
    sv: 'Värdet ska vara "{{format}}".',
  },
  formatVersion: {
    en: 'This server reads digisalkku format version {{version}}.',
    fi: 'Tämä palvelin lukee digisalkun tiedostomuodon versiota {{version}}.',
    sv: 'Den här servern läser version {{version}} av digisalkkus filformat.',
  },
  notHankeikkuna: {
    en: 'This is not a Hankeikkuna kohteet/haku response: {{problems}}',
    fi: 'Tämä ei ole Hankeikkunan kohteet/haku-haun vastaus: {{problems}}',
    sv: 'Det här är inte ett svar från Projektfönstrets sökning kohteet/haku: {{problems}}',
  },
  hankeikkunaBody: {
    en: 'Expected the body of a kohteet/haku response: { "result": [ { "kohde": … } ] }.',
    fi: 'Odotettiin kohteet/haku-haun vastausta: { "result": [ { "kohde": … } ] }.',
    sv: 'Förväntade svaret från en sökning kohteet/haku: { "result": [ { "kohde": … } ] }.',
  },

  // ---------------------------------------------------------------- sheets
  csvUnreadable: {
    en: 'The CSV file cannot be read: {{problem}}',
    fi: 'CSV-tiedostoa ei voi lukea: {{problem}}',
    sv: 'CSV-filen kan inte läsas: {{problem}}',
  },
  csvLine: {
    en: 'Line {{line}}: {{problem}}',
    fi: 'Rivi {{line}}: {{problem}}',
    sv: 'Rad {{line}}: {{problem}}',
  },
  csvTextAfterQuote: {
    en: 'Text follows a closing quote; put the whole field in quotes and double any quote inside it.',
    fi: 'Lopettavan lainausmerkin perässä on tekstiä; laita koko kenttä lainausmerkkeihin ja kahdenna sen sisällä olevat lainausmerkit.',
    sv: 'Text följer efter ett avslutande citattecken; sätt hela fältet inom citattecken och dubblera citattecknen i det.',
  },
  csvUnclosedQuote: {
    en: 'A quoted field is never closed; add the closing quote.',
    fi: 'Lainausmerkeissä olevaa kenttää ei ole suljettu; lisää lopettava lainausmerkki.',
    sv: 'Ett fält inom citattecken avslutas aldrig; lägg till det avslutande citattecknet.',
  },
  sheetEmpty: {
    en: 'The sheet is empty: the first row must name the columns.',
    fi: 'Taulukko on tyhjä: ensimmäisellä rivillä on oltava sarakkeiden nimet.',
    sv: 'Bladet är tomt: den första raden måste ange kolumnernas namn.',
  },
  columnTwice: {
    en: 'The column "{{name}}" appears twice in the header row; keep one of them.',
    fi: 'Sarake "{{name}}" on otsikkorivillä kahdesti; säilytä niistä vain toinen.',
    sv: 'Kolumnen "{{name}}" finns två gånger i rubrikraden; behåll bara den ena.',
  },
  noHeader: {
    en: 'The first row must be the header naming the columns, e.g. project_number, title_fi, summary_fi, kind, track, lead_ministry, status. Known columns: {{columns}}.',
    fi: 'Ensimmäisen rivin on oltava otsikkorivi, joka nimeää sarakkeet, esimerkiksi project_number, title_fi, summary_fi, kind, track, lead_ministry, status. Tunnetut sarakkeet: {{columns}}.',
    sv: 'Den första raden måste vara en rubrikrad som anger kolumnerna, till exempel project_number, title_fi, summary_fi, kind, track, lead_ministry, status. Kända kolumner: {{columns}}.',
  },
  notXlsx: {
    en: 'The file is not a readable XLSX workbook{{detail}}. Save it in Excel as an .xlsx workbook, or import it as CSV.',
    fi: 'Tiedosto ei ole luettava XLSX-työkirja{{detail}}. Tallenna se Excelissä .xlsx-muodossa tai tuo se CSV-tiedostona.',
    sv: 'Filen är inte en läsbar XLSX-arbetsbok{{detail}}. Spara den i Excel i formatet .xlsx eller importera den som CSV.',
  },
  noWorksheet: {
    en: 'The workbook has no worksheet.',
    fi: 'Työkirjassa ei ole laskentataulukkoa.',
    sv: 'Arbetsboken har inget kalkylblad.',
  },
  workbookTooLarge: {
    en: 'The workbook is too large when unpacked: {{reason}}. Split it into smaller files.',
    fi: 'Työkirja on purettuna liian suuri: {{reason}}. Jaa se pienempiin tiedostoihin.',
    sv: 'Arbetsboken är för stor uppackad: {{reason}}. Dela upp den i mindre filer.',
  },

  // ---------------------------------------------------------------- zip clauses
  zipNoEnd: {
    en: 'it is not a zip archive (no end of central directory)',
    fi: 'se ei ole zip-arkisto (keskushakemiston loppu puuttuu)',
    sv: 'den är inte ett zip-arkiv (slutet på den centrala katalogen saknas)',
  },
  zipEndCut: {
    en: 'its end of central directory is cut short',
    fi: 'sen keskushakemiston loppu on katkennut',
    sv: 'slutet på dess centrala katalog är avkortat',
  },
  zip64: {
    en: 'it is a ZIP64 archive, which an upload this small never needs',
    fi: 'se on ZIP64-arkisto, jota näin pieni tiedosto ei koskaan tarvitse',
    sv: 'den är ett ZIP64-arkiv, vilket en så här liten fil aldrig behöver',
  },
  zipDisks: {
    en: 'it is split across several disks',
    fi: 'se on jaettu usealle levylle',
    sv: 'den är uppdelad på flera diskar',
  },
  zipEntries: {
    en: 'it holds {{count}} entries, more than the {{max}} allowed',
    fi: 'siinä on {{count}} osaa, enemmän kuin sallitut {{max}}',
    sv: 'den innehåller {{count}} delar, fler än de tillåtna {{max}}',
  },
  zipMoreEntries: {
    en: 'it holds more than the {{max}} entries allowed',
    fi: 'siinä on enemmän osia kuin sallitut {{max}}',
    sv: 'den innehåller fler delar än de tillåtna {{max}}',
  },
  zipDirectoryMisplaced: {
    en: 'its central directory is not where its end record says',
    fi: 'sen keskushakemisto ei ole siinä kohdassa, jonka loppumerkintä ilmoittaa',
    sv: 'dess centrala katalog ligger inte där slutposten anger',
  },
  zipDirectoryCut: {
    en: 'its central directory is cut short',
    fi: 'sen keskushakemisto on katkennut',
    sv: 'dess centrala katalog är avkortad',
  },
  zipEncrypted: { en: '{{name}} is encrypted', fi: 'osa {{name}} on salattu', sv: '{{name}} är krypterad' },
  zipMethod: {
    en: '{{name}} uses compression method {{method}}, not stored or deflated',
    fi: 'osa {{name}} käyttää pakkausmenetelmää {{method}}, ei pakkaamatonta tai deflate-menetelmää',
    sv: '{{name}} använder komprimeringsmetod {{method}}, inte okomprimerad eller deflate',
  },
  zip64Sizes: {
    en: '{{name}} has ZIP64 sizes, which an upload this small never needs',
    fi: 'osalla {{name}} on ZIP64-koot, joita näin pieni tiedosto ei koskaan tarvitse',
    sv: '{{name}} har ZIP64-storlekar, vilket en så här liten fil aldrig behöver',
  },
  zipDirectoryMismatch: {
    en: 'its central directory does not match its end record',
    fi: 'sen keskushakemisto ei vastaa sen loppumerkintää',
    sv: 'dess centrala katalog stämmer inte med slutposten',
  },
  zipEntryTooLarge: {
    en: '{{name}} would unpack to {{size}}, more than the {{max}} allowed for one entry',
    fi: 'osa {{name}} purkautuisi {{size}}:n kokoiseksi, enemmän kuin yhdelle osalle sallitut {{max}}',
    sv: '{{name}} skulle packas upp till {{size}}, mer än de {{max}} som tillåts för en del',
  },
  zipTotalTooLarge: {
    en: 'its entries would unpack to {{size}} in all, more than the {{max}} allowed',
    fi: 'sen osat purkautuisivat yhteensä {{size}}:n kokoisiksi, enemmän kuin sallitut {{max}}',
    sv: 'dess delar skulle packas upp till sammanlagt {{size}}, mer än de tillåtna {{max}}',
  },
  zipLocalHeader: {
    en: 'the local header of {{name}} is missing',
    fi: 'osan {{name}} paikallinen otsake puuttuu',
    sv: 'det lokala huvudet för {{name}} saknas',
  },
  zipDataPastEnd: {
    en: 'the data of {{name}} runs past the end of the file',
    fi: 'osan {{name}} tiedot jatkuvat tiedoston lopun yli',
    sv: 'data för {{name}} fortsätter förbi filens slut',
  },
  zipBadDeflate: {
    en: 'the data of {{name}} is not valid deflate data ({{detail}})',
    fi: 'osan {{name}} tiedot eivät ole kelvollista deflate-pakattua dataa',
    sv: 'data för {{name}} är inte giltiga deflate-komprimerade data',
  },
  zipEntryUnpacksTooLarge: {
    en: '{{name}} unpacks to more than the {{max}} allowed for one entry',
    fi: 'osa {{name}} purkautuu suuremmaksi kuin yhdelle osalle sallitut {{max}}',
    sv: '{{name}} packas upp till mer än de {{max}} som tillåts för en del',
  },
  zipTotalUnpacksTooLarge: {
    en: 'its entries unpack to more than the {{max}} allowed in all',
    fi: 'sen osat purkautuvat yhteensä suuremmiksi kuin sallitut {{max}}',
    sv: 'dess delar packas upp till mer än de sammanlagt tillåtna {{max}}',
  },
  zipSizeMismatch: {
    en: '{{name}} declares {{declared}} bytes but unpacks to {{length}}',
    fi: 'osa {{name}} ilmoittaa kooksi {{declared}} tavua, mutta purettuna se on {{length}} tavua',
    sv: '{{name}} anger {{declared}} byte men packas upp till {{length}}',
  },
  megabytes: { en: '{{count}} MB', fi: '{{count}} Mt', sv: '{{count}} MB' },
} as const satisfies MessageCatalogue & Record<string, Record<Language, string>>;

/** A message about an import file or request in the current language. */
export const fm = messagesOf(IMPORT_FILE_MESSAGES);
