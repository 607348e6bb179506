import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { TIERS, type Tier } from '../../../shared/codes.ts';
import type { Initiative } from '../../../shared/initiative.ts';
import { MAX_REASON_LENGTH } from '../../../shared/priority.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorCode, trpc } from '../../lib/trpc.ts';
import { SelectField, TextField } from '../form/fields.tsx';
import { afterPriorityWrite, refetchPriority } from './priority-cache.ts';

/**
 * "Move to tier…" for coordinators: a tier and an optional one-line reason, the card going to
 * the end of that tier (board.move without neighbours). The reason is the decision log's entry.
 */
export function TierMoveForm({
  initiative,
}: {
  initiative: Pick<Initiative, 'id' | 'tier' | 'priorityVersion'>;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [tier, setTier] = useState<Tier>(initiative.tier);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const move = useMutation(
    trpc.board.move.mutationOptions({
      onSuccess: async (result, input) => {
        setReason('');
        setNotice(t('scoring.move.moved', { tier: t(`codes.tier.${input.tier}`) }));
        await afterPriorityWrite(queryClient, initiative.id, {
          priorityVersion: result.priorityVersion,
          tier: input.tier,
        });
      },
      onError: (error) => {
        setNotice(null);
        if (errorCode(error) === 'CONFLICT') void refetchPriority(queryClient, initiative.id);
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tier === initiative.tier) return;
    move.mutate({
      id: initiative.id,
      priorityVersion: initiative.priorityVersion,
      tier,
      reason: reason.trim() || undefined,
    });
  };
  const tooLong = reason.length > MAX_REASON_LENGTH;
  return (
    <form className="priority-form" onSubmit={submit} aria-labelledby="tier-move-heading">
      <h3 id="tier-move-heading" className="priority-form__heading">
        {t('scoring.move.heading')}
      </h3>
      <div className="priority-form__row">
        <SelectField
          id="tier-move-tier"
          label={t('scoring.move.tier')}
          value={tier}
          options={TIERS.map((value) => ({ value, label: t(`codes.tier.${value}`) }))}
          onChange={(value) => setTier(value as Tier)}
        />
        <TextField
          id="tier-move-reason"
          label={t('scoring.move.reason')}
          hint={t('scoring.move.reasonHint')}
          optional
          value={reason}
          errors={tooLong ? [t('scoring.move.tooLong', { max: MAX_REASON_LENGTH })] : undefined}
          onChange={setReason}
        />
      </div>
      <Button type="submit" disabled={tier === initiative.tier || tooLong || move.isPending}>
        {t('scoring.move.submit')}
      </Button>
      <p role="status" className="priority-form__notice">
        {notice}
      </p>
      {move.error && (
        <InlineAlert status={errorCode(move.error) === 'CONFLICT' ? 'warning' : 'error'} role="alert">
          {errorCode(move.error) === 'CONFLICT'
            ? t('scoring.move.conflict')
            : t('scoring.move.failed', { message: move.error.message })}
        </InlineAlert>
      )}
    </form>
  );
}
