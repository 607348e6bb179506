import type { Ref } from 'react';
import { Link } from 'react-router';
import { Button } from 'suomifi-ui-components';
import type { RadarDate } from '../../../shared/radar.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import { RadarInitiatives } from './RadarInitiatives.tsx';
import { InlineSymbol } from './RadarSymbol.tsx';
import { dateKindText, dateStateText } from './radar-text.ts';

/** One date opened from the timeline: the act, the kind of date, its standing and its initiatives. */
export function RadarDetails({
  date,
  listHref,
  headingRef,
  onClose,
}: {
  date: RadarDate;
  listHref: string;
  headingRef: Ref<HTMLHeadingElement>;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t, formatDate, language } = i18n;
  return (
    <section
      className={`radar-details${date.gap ? ' radar-details--gap' : ''}`}
      aria-labelledby="radar-details-heading"
    >
      <h3 id="radar-details-heading" ref={headingRef} tabIndex={-1}>
        {date.act.shortName}: {dateKindText(date, i18n, language)}
      </h3>
      <p className="radar-details__when">
        <time dateTime={date.date}>{formatDate(date.date)}</time>
        {date.past && ` (${t('radar.past')})`} · {t(`radar.kind.${date.kind}`)}
      </p>
      <p>
        <LocalizedTextView text={date.act.title} /> ({t(`codes.actKind.${date.act.kind}`)}){' '}
        <Link to={`/eu-acts/${date.act.id}`}>{t('radar.actLink', { act: date.act.shortName })}</Link>
      </p>
      {!date.gap && (
        <p className="radar-details__state">
          <InlineSymbol kind={date.state} /> {dateStateText(date, i18n)}
        </p>
      )}
      <h4>{t('radar.answering')}</h4>
      <RadarInitiatives date={date} listHref={listHref} />
      <Button variant="secondary" onClick={onClose}>
        {t('radar.close')}
      </Button>
    </section>
  );
}
