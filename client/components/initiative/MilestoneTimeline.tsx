import { Heading } from 'suomifi-ui-components';
import type { Status } from '../../../shared/codes.ts';
import { todayInFinland } from '../../../shared/dates.ts';
import { isOpenStatus } from '../../../shared/lateness.ts';
import { isMilestoneLate, type Milestone, sortMilestones } from '../../../shared/milestone.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FinnishText } from '../LocalizedTextView.tsx';

/**
 * Milestones on a vertical timeline: an ordered list by due date. Each state is said in words
 * and drawn with its own marker shape, so colour is never the only sign.
 */
export function MilestoneTimeline({
  milestones,
  status,
}: {
  milestones: readonly Milestone[];
  status: Status;
}) {
  const { t, formatDate } = useI18n();
  const today = todayInFinland();
  const sorted = sortMilestones(milestones);
  const done = sorted.filter((m) => m.doneAt !== null).length;
  return (
    <section className="screen-section" aria-labelledby="milestones-heading">
      <Heading variant="h2" id="milestones-heading">
        {t('initiative.field.milestones')}
      </Heading>
      {sorted.length === 0 ? (
        <p className="muted">{t('initiative.milestones.none')}</p>
      ) : (
        <>
          <p>{t('initiative.milestones.summary', { done, total: sorted.length })}</p>
          <ol className="timeline">
            {sorted.map((milestone) => {
              // The lateness rule: a closed initiative's undone milestones are not late.
              const late = isOpenStatus(status) && isMilestoneLate(milestone, today);
              const state = milestone.doneAt ? 'done' : late ? 'late' : 'open';
              return (
                <li
                  key={`${milestone.dueDate}:${milestone.title}`}
                  className={`timeline__item timeline__item--${state}`}
                >
                  <span className="timeline__marker" aria-hidden="true" />
                  <FinnishText className="timeline__title" text={milestone.title} />
                  <span className="timeline__meta">
                    {t('initiative.milestones.due', { date: formatDate(milestone.dueDate) })}
                    {' · '}
                    <strong className="timeline__state">
                      {state === 'done'
                        ? t('initiative.milestones.done', { date: formatDate(milestone.doneAt) })
                        : state === 'late'
                          ? t('initiative.milestones.late')
                          : t('initiative.milestones.open')}
                    </strong>
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
