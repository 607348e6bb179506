import type { Language } from '../../../shared/codes.ts';
import { pickLocalized } from '../../../shared/localized-text.ts';
import type { RadarCooperationDate, RadarDate } from '../../../shared/radar.ts';
import type { I18n } from '../../i18n/i18n.tsx';

type Text = Pick<I18n, 't' | 'formatDate'>;

/** What the date is: a further key date's own label, else the kind of date. */
export function dateKindText(
  date: Pick<RadarDate, 'kind' | 'label'>,
  { t }: Text,
  language: Language,
): string {
  return date.label ? pickLocalized(date.label, language).text : t(`radar.kind.${date.kind}`);
}

/** The date's standing in words: the gap sentence, or the furthest state with how many answer. */
export function dateStateText(
  date: Pick<RadarDate, 'gap' | 'state' | 'answeringTotal'>,
  { t }: Text,
): string {
  if (date.gap) return t('radar.gap');
  return `${t(`radar.state.${date.state}`)}: ${t('radar.answeringCount', { count: date.answeringTotal })}`;
}

/** A mark's accessible name: the act, what and when, whether past, and its standing. */
export function markLabel(date: RadarDate, text: Text, language: Language): string {
  return text.t('radar.mark', {
    act: date.act.shortName,
    kind: dateKindText(date, text, language),
    date: text.formatDate(date.date),
    past: date.past ? ` (${text.t('radar.past')})` : '',
    state: dateStateText(date, text),
  });
}

/** A cooperation mark's accessible name: the body or benchmark, what and when, and whether past. */
export function cooperationLabel(date: RadarCooperationDate, text: Text): string {
  return text.t('radar.cooperation.mark', {
    name: date.subject.shortName,
    kind: text.t(`radar.cooperation.kind.${date.kind}`),
    date: text.formatDate(date.date),
    past: date.past ? ` (${text.t('radar.past')})` : '',
  });
}

/** The page of the body that meets or the benchmark that is published. */
export function cooperationHref(date: Pick<RadarCooperationDate, 'kind' | 'subject'>): string {
  return date.kind === 'meeting'
    ? `/cooperation/bodies/${date.subject.id}`
    : `/cooperation/benchmarks/${date.subject.id}`;
}
