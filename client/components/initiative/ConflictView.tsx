import '../../styles/merge.css';
import { useEffect, useRef, useState } from 'react';
import { Button, Heading } from 'suomifi-ui-components';
import type { AuditEvent } from '../../../shared/audit.ts';
import {
  isResolved,
  type MergeConflict,
  type MergeResult,
  type Resolution,
} from '../../../shared/initiative-changes.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { TextAreaField } from '../form/fields.tsx';
import { TextInLanguage } from '../LocalizedTextView.tsx';
import { conflictLegend, conflictValue, keptSentence, lastChangeOf } from './describe-merge.ts';
import { HistoryEventList, useDescribeContext } from './HistoryList.tsx';

type Choice = Resolution['keep'];

/** One side's value: a text whole and in its language, anything else as a sentence. */
function SideValue({ conflict, value }: { conflict: MergeConflict; value: unknown }) {
  const context = useDescribeContext();
  const text = conflictValue(conflict, value, context);
  if (conflict.kind === 'text' && typeof value === 'string' && value !== '')
    return (
      <p className="merge-side__value merge-side__value--text">
        <TextInLanguage text={text} lang={conflict.language ?? 'fi'} />
      </p>
    );
  return <p className="merge-side__value">{text}</p>;
}

/**
 * One field both people changed: their value (with who and when) beside the user's, and the
 * choice — keep theirs, keep mine, or, for a text, write the result starting from mine.
 */
function ConflictItem({
  conflict,
  index,
  events,
  resolution,
  onResolve,
}: {
  conflict: MergeConflict;
  index: number;
  events: readonly AuditEvent[];
  resolution: Resolution | undefined;
  onResolve: (resolution: Resolution) => void;
}) {
  const { t, formatDateTime } = useI18n();
  const context = useDescribeContext();
  // The text being written survives switching to another choice and back.
  const [text, setText] = useState(() => (typeof conflict.mine === 'string' ? conflict.mine : ''));
  const by = lastChangeOf(events, conflict.field);
  const name = `conflict-${index}`;
  const choices: Choice[] = conflict.kind === 'text' ? ['theirs', 'mine', 'edited'] : ['theirs', 'mine'];
  const label: Record<Choice, string> = {
    theirs: t('initiative.merge.keepTheirs'),
    mine: t('initiative.merge.keepMine'),
    edited: t('initiative.merge.edit'),
  };
  const choose = (keep: Choice) => onResolve(keep === 'edited' ? { keep, text } : { keep });
  return (
    <fieldset className="merge-conflict">
      <legend className="merge-conflict__legend">{conflictLegend(conflict, context)}</legend>
      <div className="merge-conflict__sides">
        <div className="merge-side">
          <h4 className="merge-side__title">
            {by
              ? t('initiative.merge.theirValue', { actor: by.actor, at: formatDateTime(by.at) })
              : t('initiative.merge.theirValueUnknown')}
          </h4>
          <SideValue conflict={conflict} value={conflict.theirs} />
        </div>
        <div className="merge-side">
          <h4 className="merge-side__title">{t('initiative.merge.yourValue')}</h4>
          <SideValue conflict={conflict} value={conflict.mine} />
        </div>
      </div>
      <div className="merge-conflict__choices">
        {choices.map((keep) => (
          <label key={keep} className="merge-choice">
            <input
              type="radio"
              name={name}
              value={keep}
              checked={resolution?.keep === keep}
              onChange={() => choose(keep)}
            />{' '}
            {label[keep]}
          </label>
        ))}
      </div>
      {resolution?.keep === 'edited' && (
        <TextAreaField
          id={`${name}-result`}
          label={t('initiative.merge.result')}
          value={text}
          onChange={(value) => {
            setText(value);
            onResolve({ keep: 'edited', text: value });
          }}
        />
      )}
    </fieldset>
  );
}

/**
 * A stale save, resolved in the open: every field both people changed shows their value and
 * the user's side by side until the user chooses; what merged cleanly is listed; what others
 * changed is told from the audit history, with their names. Nothing is overwritten silently:
 * the merged version can be saved only when every conflict is resolved.
 */
export function ConflictView({
  baseVersion,
  latestVersion,
  merge,
  resolutions,
  hasChangesOfMine,
  events,
  onResolve,
  onSave,
  onApply,
  onDiscard,
}: {
  baseVersion: number;
  latestVersion: number;
  merge: MergeResult;
  resolutions: Readonly<Record<string, Resolution>>;
  hasChangesOfMine: boolean;
  events: readonly AuditEvent[];
  onResolve: (key: string, resolution: Resolution) => void;
  onSave: () => void;
  onApply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useI18n();
  const context = useDescribeContext();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { conflicts, kept } = merge;
  const remaining = conflicts.filter((c) => !isResolved(c, resolutions[c.key])).length;

  // Focus moves here when the view opens, so every user starts from its heading.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="conflict" aria-labelledby="conflict-heading">
      <Heading variant="h2" id="conflict-heading" ref={headingRef} tabIndex={-1}>
        {t('initiative.conflict.title')}
      </Heading>
      <p>{t('initiative.conflict.intro', { mine: baseVersion, latest: latestVersion })}</p>
      {!hasChangesOfMine && <p>{t('initiative.conflict.noneOfMine')}</p>}

      {conflicts.length > 0 && (
        <>
          <Heading variant="h3">{t('initiative.merge.conflicts', { count: conflicts.length })}</Heading>
          <p>{t('initiative.merge.conflictsIntro')}</p>
          {conflicts.map((conflict, index) => (
            <ConflictItem
              key={conflict.key}
              conflict={conflict}
              index={index}
              events={events}
              resolution={resolutions[conflict.key]}
              onResolve={(resolution) => onResolve(conflict.key, resolution)}
            />
          ))}
        </>
      )}

      {kept.length > 0 && (
        <>
          <Heading variant="h3">{t('initiative.merge.kept')}</Heading>
          <ul className="merge-kept">
            {kept.map((change) => (
              <li key={`${change.field}:${change.language}`}>{keptSentence(change, context)}</li>
            ))}
          </ul>
        </>
      )}

      <Heading variant="h3">{t('initiative.conflict.theirs')}</Heading>
      <HistoryEventList events={events} />

      <p id="conflict-remaining" className="merge-remaining" role="status">
        {conflicts.length === 0
          ? null
          : remaining > 0
            ? t('initiative.merge.remaining', { count: remaining })
            : t('initiative.merge.allResolved')}
      </p>
      <div className="form-actions">
        <Button onClick={onSave} disabled={remaining > 0} aria-describedby="conflict-remaining">
          {t('initiative.merge.save')}
        </Button>
        <Button variant="secondary" onClick={onApply} disabled={remaining > 0}>
          {t('initiative.conflict.apply')}
        </Button>
        <Button variant="secondary" onClick={onDiscard}>
          {t('initiative.conflict.discard')}
        </Button>
      </div>
    </section>
  );
}
