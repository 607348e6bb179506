import type { Language } from '../codes.ts';
import { type MessageCatalogue, messagesOf } from './lookup.ts';

/**
 * What an import report says about its records, in the three languages: the names of records
 * without a key, the reasons a record is rejected, the warnings about a file, and the conflicts
 * of a save racing the import. `{{field}}` is a field's label (shared/field-paths.ts).
 */
export const IMPORT_REPORT_MESSAGES = {
  rowKey: { en: 'row {{row}}', fi: 'rivi {{row}}', sv: 'rad {{row}}' },
  recordKey: { en: 'record {{n}}', fi: 'tietue {{n}}', sv: 'post {{n}}' },
  euActKey: { en: 'EU act {{n}}', fi: 'EU-säädös {{n}}', sv: 'EU-rättsakt {{n}}' },
  column: {
    en: '{{field}} (column {{column}})',
    fi: '{{field}} (sarake {{column}})',
    sv: '{{field}} (kolumn {{column}})',
  },

  unknownColumn: {
    en: 'Unknown column "{{name}}" was ignored.',
    fi: 'Tuntematon sarake "{{name}}" jätettiin huomiotta.',
    sv: 'Den okända kolumnen "{{name}}" lämnades obeaktad.',
  },
  notADate: {
    en: '{{field}}: "{{value}}" is not a date; write 2025-03-14 or 14.3.2025.',
    fi: '{{field}}: "{{value}}" ei ole päivämäärä; kirjoita 2025-03-14 tai 14.3.2025.',
    sv: '{{field}}: "{{value}}" är inget datum; skriv 2025-03-14 eller 14.3.2025.',
  },
  notAnAmount: {
    en: '{{field}}: "{{value}}" is not an amount; write euros like 1250000,50.',
    fi: '{{field}}: "{{value}}" ei ole rahamäärä; kirjoita eurot muodossa 1250000,50.',
    sv: '{{field}}: "{{value}}" är inget belopp; skriv euro i formen 1250000,50.',
  },
  numberInRecord: {
    en: '{{field}}: {{number}} is also in record {{n}} of the file.',
    fi: '{{field}}: {{number}} on myös tiedoston tietueessa {{n}}.',
    sv: '{{field}}: {{number}} finns också i post {{n}} i filen.',
  },
  numberInRow: {
    en: '{{field}}: {{number}} is also in row {{n}} of the file.',
    fi: '{{field}}: {{number}} on myös tiedoston rivillä {{n}}.',
    sv: '{{field}}: {{number}} finns också på rad {{n}} i filen.',
  },
  sameInitiative: {
    en: 'This record matches the same initiative as {{other}}.',
    fi: 'Tämä tietue vastaa samaa hanketta kuin {{other}}.',
    sv: 'Den här posten motsvarar samma projekt som {{other}}.',
  },
  shortNameTwice: {
    en: '{{field}}: "{{name}}" is also EU act {{other}} of the file.',
    fi: '{{field}}: "{{name}}" on myös tiedoston EU-säädös {{other}}.',
    sv: '{{field}}: "{{name}}" är också EU-rättsakt {{other}} i filen.',
  },
  actNotInCatalogue: {
    en: '{{field}}: "{{name}}" is not in the EU act catalogue nor in the file\'s EU acts; add it to one of them first.',
    fi: '{{field}}: "{{name}}" ei ole EU-säädösten luettelossa eikä tiedoston EU-säädöksissä; lisää se ensin jompaankumpaan.',
    sv: '{{field}}: "{{name}}" finns varken i katalogen över EU-rättsakter eller bland filens EU-rättsakter; lägg först till den i någondera.',
  },
  impactActName: {
    en: 'Name the EU act by its short name.',
    fi: 'Nimeä EU-säädös sen lyhenteellä.',
    sv: 'Ange EU-rättsakten med dess förkortning.',
  },
  moreProblems: {
    en: '… and {{count}} more problems.',
    fi: '… ja {{count}} muuta ongelmaa.',
    sv: '… och {{count}} problem till.',
  },

  racedChange: {
    en: '"{{title}}" was changed by someone while the file was being imported; nothing was imported. Run the import again.',
    fi: 'Joku muutti hanketta "{{title}}" sillä aikaa, kun tiedostoa tuotiin; mitään ei tuotu. Tuo tiedosto uudelleen.',
    sv: 'Någon ändrade "{{title}}" medan filen importerades; ingenting importerades. Kör importen igen.',
  },
  racedProjectNumber: {
    en: 'A project number in the file was just taken by another initiative; nothing was imported. Run the import again.',
    fi: 'Toinen hanke otti juuri käyttöön tiedostossa olevan hanketunnuksen; mitään ei tuotu. Tuo tiedosto uudelleen.',
    sv: 'Ett projektnummer i filen togs just i bruk av ett annat projekt; ingenting importerades. Kör importen igen.',
  },
  racedShortName: {
    en: 'An EU act of the file was just added by someone else; nothing was imported. Run the import again.',
    fi: 'Joku muu lisäsi juuri tiedostossa olevan EU-säädöksen; mitään ei tuotu. Tuo tiedosto uudelleen.',
    sv: 'Någon annan lade just till en EU-rättsakt som finns i filen; ingenting importerades. Kör importen igen.',
  },
} as const satisfies MessageCatalogue & Record<string, Record<Language, string>>;

/** A message of an import report in the current language. */
export const im = messagesOf(IMPORT_REPORT_MESSAGES);
