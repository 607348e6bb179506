import { z } from 'zod';
import type { LocalizedText } from './localized-text.ts';
import { vm } from './validation-messages.ts';

/** Official abbreviations; the Digitoimisto ministries (LVM, VM, TEM) come first everywhere. */
export const MINISTRY_CODES = [
  'LVM',
  'VM',
  'TEM',
  'VNK',
  'UM',
  'OM',
  'SM',
  'PLM',
  'OKM',
  'MMM',
  'STM',
  'YM',
] as const;
export const ministryCodeSchema = z.enum(MINISTRY_CODES, {
  error: () => vm('unknownMinistry', { codes: MINISTRY_CODES.join(', ') }),
});
export type MinistryCode = z.infer<typeof ministryCodeSchema>;

export const DIGITOIMISTO_MINISTRIES: readonly MinistryCode[] = ['LVM', 'VM', 'TEM'];

export interface Ministry {
  code: MinistryCode;
  name: LocalizedText;
  /** Sort position: Digitoimisto ministries first, then the others in government order. */
  sortOrder: number;
  digitoimisto: boolean;
}

export const MINISTRY_NAMES: Record<MinistryCode, { fi: string; sv: string; en: string }> = {
  LVM: {
    fi: 'liikenne- ja viestintäministeriö',
    sv: 'kommunikationsministeriet',
    en: 'Ministry of Transport and Communications',
  },
  VM: { fi: 'valtiovarainministeriö', sv: 'finansministeriet', en: 'Ministry of Finance' },
  TEM: {
    fi: 'työ- ja elinkeinoministeriö',
    sv: 'arbets- och näringsministeriet',
    en: 'Ministry of Economic Affairs and Employment',
  },
  VNK: { fi: 'valtioneuvoston kanslia', sv: 'statsrådets kansli', en: "Prime Minister's Office" },
  UM: { fi: 'ulkoministeriö', sv: 'utrikesministeriet', en: 'Ministry for Foreign Affairs' },
  OM: { fi: 'oikeusministeriö', sv: 'justitieministeriet', en: 'Ministry of Justice' },
  SM: { fi: 'sisäministeriö', sv: 'inrikesministeriet', en: 'Ministry of the Interior' },
  PLM: { fi: 'puolustusministeriö', sv: 'försvarsministeriet', en: 'Ministry of Defence' },
  OKM: {
    fi: 'opetus- ja kulttuuriministeriö',
    sv: 'undervisnings- och kulturministeriet',
    en: 'Ministry of Education and Culture',
  },
  MMM: {
    fi: 'maa- ja metsätalousministeriö',
    sv: 'jord- och skogsbruksministeriet',
    en: 'Ministry of Agriculture and Forestry',
  },
  STM: {
    fi: 'sosiaali- ja terveysministeriö',
    sv: 'social- och hälsovårdsministeriet',
    en: 'Ministry of Social Affairs and Health',
  },
  YM: { fi: 'ympäristöministeriö', sv: 'miljöministeriet', en: 'Ministry of the Environment' },
};

export const MINISTRIES: readonly Ministry[] = MINISTRY_CODES.map((code, index) => ({
  code,
  name: MINISTRY_NAMES[code],
  sortOrder: index,
  digitoimisto: DIGITOIMISTO_MINISTRIES.includes(code),
}));

export function isMinistryCode(value: string): value is MinistryCode {
  return (MINISTRY_CODES as readonly string[]).includes(value);
}
