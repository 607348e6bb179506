import type { Ref } from 'react';
import { Link } from 'react-router';
import { Button } from 'suomifi-ui-components';
import type { RadarCooperationDate } from '../../../shared/radar.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import { InlineSymbol } from './RadarSymbol.tsx';
import { cooperationHref } from './radar-text.ts';

/** A body's meeting or a benchmark's publication opened from the timeline: what, when, and its page. */
export function RadarCooperationDetails({
  date,
  headingRef,
  onClose,
}: {
  date: RadarCooperationDate;
  headingRef: Ref<HTMLHeadingElement>;
  onClose: () => void;
}) {
  const { t, formatDate } = useI18n();
  const name = date.subject.shortName;
  return (
    <section className="radar-details" aria-labelledby="radar-details-heading">
      <h3 id="radar-details-heading" ref={headingRef} tabIndex={-1}>
        {name}: {t(`radar.cooperation.kind.${date.kind}`)}
      </h3>
      <p className="radar-details__when">
        <InlineSymbol kind={date.kind} /> <time dateTime={date.date}>{formatDate(date.date)}</time>
        {date.past && ` (${t('radar.past')})`}
      </p>
      <p>
        <LocalizedTextView text={date.subject.name} />{' '}
        <Link to={cooperationHref(date)}>
          {t(date.kind === 'meeting' ? 'radar.cooperation.bodyLink' : 'radar.cooperation.benchmarkLink', {
            name,
          })}
        </Link>
      </p>
      <p className="muted">{t('radar.cooperation.noAnswer')}</p>
      <Button variant="secondary" onClick={onClose}>
        {t('radar.close')}
      </Button>
    </section>
  );
}
