/**
 * A snapshot in words: when it was taken ("2.12.2026 klo 14.05", on the Finnish clock) and the
 * banner's sentence. Pure, with the translator as an argument, so it is tested without React.
 */

import type { Language } from '../../../shared/language.ts';
import { localeOf } from '../../../shared/locale-format.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The day of a moment on the Finnish calendar, as the UI writes dates (2.12.2026, 02/12/2026). */
export function dayOf(moment: Date, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'Europe/Helsinki',
  }).format(moment);
}

/** The time of day of a moment on the Finnish clock: 14.05 in Finnish and Swedish, 14:05 in English. */
export function timeOf(moment: Date, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Helsinki',
  }).format(moment);
}

/** "2.12.2026 klo 14.05". */
export function takenWhen(t: Translate, language: Language, moment: Date): string {
  return t('snapshot.when', { date: dayOf(moment, language), time: timeOf(moment, language) });
}

/** The banner's line: Tilannekuva ”Digitoimisto 3.12.2026”, otettu 2.12.2026 klo 14.05, ottaja Demo Coordinator. */
export function bannerText(
  t: Translate,
  language: Language,
  snapshot: { label: string; takenAt: Date; takenByName: string },
): string {
  return t('snapshot.banner.text', {
    label: snapshot.label,
    date: dayOf(snapshot.takenAt, language),
    time: timeOf(snapshot.takenAt, language),
    name: snapshot.takenByName,
  });
}

/** The first twelve hex digits of a SHA-256: enough to compare two copies by eye. */
export function shortChecksum(checksum: string): string {
  return checksum.slice(0, 12);
}
