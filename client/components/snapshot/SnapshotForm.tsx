import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { snapshotCreateInputSchema } from '../../../shared/snapshot.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { fieldErrors, trpc } from '../../lib/trpc.ts';
import { TextAreaField, TextField } from '../form/fields.tsx';

/**
 * Coordinators' "take a snapshot": a label (required) and a note. The button says it is saving
 * while the server freezes the portfolio; the new snapshot is put at the top of the list at once.
 * Errors in the UI language, beside the field they concern (the shared schema first, then the server's).
 */
export function SnapshotForm() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [label, setLabel] = useState('');
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState('');
  const create = useMutation(
    trpc.snapshot.create.mutationOptions({
      onSuccess: (created) => {
        queryClient.setQueryData(trpc.snapshot.list.queryKey(), (old) => [
          created,
          ...(old ?? []).filter((s) => s.id !== created.id),
        ]);
        void queryClient.invalidateQueries(trpc.snapshot.list.queryFilter());
        setLabel('');
        setNote('');
        setNotice(t('snapshot.create.done', { label: created.label }));
      },
    }),
  );
  const server = fieldErrors(create.error);
  const errors = (field: 'label' | 'note') => checked[field] ?? server[field];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    setNotice('');
    const parsed = snapshotCreateInputSchema.safeParse({ label, note });
    if (!parsed.success) {
      const found: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'label');
        found[field] = [...(found[field] ?? []), issue.message];
      }
      setChecked(found);
      return;
    }
    setChecked({});
    create.mutate({ label: parsed.data.label, note: parsed.data.note });
  };
  const otherError = create.error && !server.label && !server.note;
  return (
    <form className="snapshot-form" onSubmit={submit} aria-labelledby="snapshot-form-heading" noValidate>
      <h2 id="snapshot-form-heading">{t('snapshot.create.heading')}</h2>
      <TextField
        id="snapshot-label"
        label={t('snapshot.create.label')}
        hint={t('snapshot.create.labelHint')}
        value={label}
        errors={errors('label')}
        onChange={setLabel}
      />
      <TextAreaField
        id="snapshot-note"
        label={t('snapshot.create.note')}
        optional
        value={note}
        errors={errors('note')}
        onChange={setNote}
      />
      <div className="form-actions">
        {/* Not `disabled` while saving: a disabled button drops the keyboard focus to the page's start. */}
        <Button
          type="submit"
          aria-disabled={create.isPending || undefined}
          aria-busy={create.isPending || undefined}
        >
          {create.isPending ? t('snapshot.create.saving') : t('snapshot.create.submit')}
        </Button>
      </div>
      <p role="status" className="snapshot-form__status">
        {create.isPending ? t('snapshot.create.saving') : notice}
      </p>
      {otherError && (
        <InlineAlert status="error" role="alert">
          {t('snapshot.create.failed', { message: create.error.message })}
        </InlineAlert>
      )}
    </form>
  );
}
