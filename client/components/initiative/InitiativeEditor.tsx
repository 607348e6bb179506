import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { InlineAlert } from 'suomifi-ui-components';
import type { AuditEvent } from '../../../shared/audit.ts';
import type { Initiative, InitiativeData, InitiativeField } from '../../../shared/initiative.ts';
import { toInitiativeData } from '../../../shared/initiative.ts';
import { MINISTRIES } from '../../../shared/ministry.ts';
import type { SessionUser } from '../../../shared/user.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorCode, fieldErrors, trpc } from '../../lib/trpc.ts';
import type { FieldErrors } from '../form/field-errors.ts';
import { UnsavedChangesGuard } from '../form/UnsavedChangesGuard.tsx';
import { ConflictView } from './ConflictView.tsx';
import { draftFromData, draftSignature, emptyDraft, type InitiativeDraft } from './form-draft.ts';
import { serverFieldErrors, validateDraft } from './form-errors.ts';
import { InitiativeForm } from './InitiativeForm.tsx';
import { rebaseForSave } from './initiative-data.ts';

interface Conflict {
  mine: InitiativeData;
  latest: Initiative;
  events: AuditEvent[];
}
type Notice = { kind: 'rebased' | 'discarded'; version: number; overlapping: InitiativeField[] };

/**
 * Creating or editing one initiative. Keeps the version the edit started from and its data
 * (`base`): a stale save becomes a conflict the user resolves, never a silent overwrite.
 */
export function InitiativeEditor({ user, initiative }: { user: SessionUser; initiative: Initiative | null }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const ministries = useQuery(trpc.ministry.list.queryOptions());
  const acts = useQuery(trpc.euAct.list.queryOptions());

  const [base, setBase] = useState<InitiativeData | null>(() =>
    initiative ? toInitiativeData(initiative) : null,
  );
  const [baseVersion, setBaseVersion] = useState(initiative?.version ?? 0);
  const [draft, setDraft] = useState<InitiativeDraft>(() =>
    base ? draftFromData(base, language) : emptyDraft(user),
  );
  const [pristine, setPristine] = useState(() => draftSignature(draft));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const dirty = draftSignature(draft) !== pristine;

  // Navigate only after the guard has re-rendered without the unsaved changes.
  useEffect(() => {
    if (savedTo) navigate(savedTo);
  }, [savedTo, navigate]);

  const update = (patch: Partial<InitiativeDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    // Once the user has tried to save, errors follow the fixes as they are made.
    if (submitted) setErrors(validateDraft(next, t).errors);
  };

  const onSaved = (saved: Initiative) => {
    queryClient.setQueryData(trpc.initiative.get.queryKey({ id: saved.id }), saved);
    void queryClient.invalidateQueries(trpc.initiative.pathFilter());
    setSavedTo(`/initiatives/${saved.id}`);
  };

  const onFailed = async (error: unknown, mine: InitiativeData) => {
    if (errorCode(error) === 'CONFLICT' && initiative) {
      try {
        const [latest, events] = await Promise.all([
          queryClient.fetchQuery({
            ...trpc.initiative.get.queryOptions({ id: initiative.id }),
            staleTime: 0,
          }),
          queryClient.fetchQuery({
            ...trpc.initiative.history.queryOptions({ id: initiative.id, afterVersion: baseVersion }),
            staleTime: 0,
          }),
        ]);
        setConflict({ mine, latest, events });
        setFailure(null);
      } catch (fetchError) {
        setFailure((fetchError as Error).message);
      }
      return;
    }
    const fields = serverFieldErrors(fieldErrors(error));
    setErrors(fields);
    setFailure(Object.keys(fields).length > 0 ? null : (error as Error).message);
    if (Object.keys(fields).length > 0) setTimeout(() => summaryRef.current?.focus(), 0);
  };

  const create = useMutation(trpc.initiative.create.mutationOptions());
  const save = useMutation(trpc.initiative.update.mutationOptions());
  const saving = create.isPending || save.isPending;

  const submit = () => {
    const checked = validateDraft(draft, t);
    setSubmitted(true);
    setErrors(checked.errors);
    setFailure(null);
    setNotice(null);
    const data = checked.data;
    if (!data) {
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    const handlers = { onSuccess: onSaved, onError: (error: unknown) => void onFailed(error, data) };
    if (initiative) save.mutate({ id: initiative.id, version: baseVersion, data }, handlers);
    else create.mutate(data, handlers);
  };

  /** Starts over from the latest version, with or without the user's changes on top. */
  const resolve = (apply: boolean) => {
    if (!conflict || !base) return;
    const theirs = toInitiativeData(conflict.latest);
    const { data, overlapping } = apply
      ? rebaseForSave(base, conflict.mine, theirs)
      : { data: theirs, overlapping: [] };
    const next = draftFromData(data, language);
    setBase(theirs);
    setBaseVersion(conflict.latest.version);
    setDraft(next);
    setPristine(draftSignature(draftFromData(theirs, language)));
    setErrors({});
    setSubmitted(false);
    setConflict(null);
    setNotice({ kind: apply ? 'rebased' : 'discarded', version: conflict.latest.version, overlapping });
    window.scrollTo({ top: 0 });
  };

  return (
    <>
      <UnsavedChangesGuard when={dirty && savedTo === null} />
      {failure && (
        <InlineAlert status="error" role="alert">
          {t('initiative.form.saveFailed', { message: failure })}
        </InlineAlert>
      )}
      {notice && (
        <InlineAlert status={notice.overlapping.length > 0 ? 'warning' : 'neutral'} role="status">
          <p>{t(`initiative.form.${notice.kind}`, { version: notice.version })}</p>
          {notice.overlapping.length > 0 && (
            <p>
              {t('initiative.form.overlapping', {
                fields: notice.overlapping.map((field) => t(`initiative.field.${field}`)).join(', '),
              })}
            </p>
          )}
        </InlineAlert>
      )}
      {conflict && base ? (
        <ConflictView
          user={user}
          baseVersion={baseVersion}
          base={base}
          mine={conflict.mine}
          theirs={toInitiativeData(conflict.latest)}
          latestVersion={conflict.latest.version}
          events={conflict.events}
          onApply={() => resolve(true)}
          onDiscard={() => resolve(false)}
        />
      ) : (
        <InitiativeForm
          user={user}
          draft={draft}
          update={update}
          errors={errors}
          ministries={ministries.data ?? MINISTRIES}
          acts={acts.data ?? []}
          saving={saving}
          submitLabel={initiative ? t('initiative.form.save') : t('initiative.form.create')}
          cancelTo={initiative ? `/initiatives/${initiative.id}` : '/initiatives'}
          summaryRef={summaryRef}
          onSubmit={submit}
        />
      )}
    </>
  );
}
