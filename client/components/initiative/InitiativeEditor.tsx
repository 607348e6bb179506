import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { InlineAlert } from 'suomifi-ui-components';
import type { AuditEvent } from '../../../shared/audit.ts';
import type { Initiative, InitiativeData } from '../../../shared/initiative.ts';
import { toInitiativeData } from '../../../shared/initiative.ts';
import { diffInitiativeData, mergeEdit, type Resolution } from '../../../shared/initiative-changes.ts';
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

/** A refused save: the version it started from, what the user wanted, and what is there now. */
interface Conflict {
  base: InitiativeData;
  baseVersion: number;
  mine: InitiativeData;
  latest: Initiative;
  events: AuditEvent[];
}
type Notice = { kind: 'rebased' | 'discarded'; version: number };

/**
 * Creating or editing one initiative. Keeps the version the edit started from and its data
 * (`base`): a stale save becomes a three-way merge the user resolves (see mergeEdit), never a
 * silent overwrite.
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
  const [resolutions, setResolutions] = useState<Record<string, Resolution>>({});
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

  const onFailed = async (
    error: unknown,
    mine: InitiativeData,
    version: number,
    from: InitiativeData | null,
  ) => {
    if (errorCode(error) === 'CONFLICT' && initiative && from) {
      try {
        const [latest, events] = await Promise.all([
          queryClient.fetchQuery({
            ...trpc.initiative.get.queryOptions({ id: initiative.id }),
            staleTime: 0,
          }),
          queryClient.fetchQuery({
            ...trpc.initiative.history.queryOptions({ id: initiative.id, afterVersion: version }),
            staleTime: 0,
          }),
        ]);
        setConflict({ base: from, baseVersion: version, mine, latest, events });
        setResolutions({});
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

  /** Saves `data` as the edit of `version` (whose data was `from`); a conflict opens the merge. */
  const send = (data: InitiativeData, version: number, from: InitiativeData | null) => {
    const handlers = {
      onSuccess: onSaved,
      onError: (error: unknown) => void onFailed(error, data, version, from),
    };
    if (initiative) save.mutate({ id: initiative.id, version, data }, handlers);
    else create.mutate(data, handlers);
  };

  /** Validates a draft and saves it; errors go to the form and its summary takes the focus. */
  const submitDraft = (next: InitiativeDraft, version: number, from: InitiativeData | null) => {
    const checked = validateDraft(next, t);
    setSubmitted(true);
    setErrors(checked.errors);
    setFailure(null);
    const data = checked.data;
    if (!data) {
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    send(data, version, from);
  };

  const submit = () => {
    setNotice(null);
    submitDraft(draft, baseVersion, base);
  };

  const theirs = conflict ? toInitiativeData(conflict.latest) : null;
  const merge = conflict && theirs ? mergeEdit(conflict.base, conflict.mine, theirs, resolutions) : null;

  /** Continues from the latest version, with `data` (the merge) in the form, or the latest as it is. */
  const continueFromLatest = (data: InitiativeData | null): InitiativeDraft | null => {
    if (!conflict || !theirs) return null;
    const next = draftFromData(data ?? theirs, language);
    setBase(theirs);
    setBaseVersion(conflict.latest.version);
    setDraft(next);
    setPristine(draftSignature(draftFromData(theirs, language)));
    setErrors({});
    setSubmitted(false);
    setConflict(null);
    setResolutions({});
    return next;
  };

  /** To the form with the merge (apply) or without the user's edit (discard), to check and save. */
  const resolve = (apply: boolean) => {
    if (!conflict || !merge) return;
    continueFromLatest(apply ? merge.data : null);
    setNotice({ kind: apply ? 'rebased' : 'discarded', version: conflict.latest.version });
    window.scrollTo({ top: 0 });
  };

  /** Saves the merge as the edit of the latest version; a newer save still is another conflict. */
  const saveMerge = () => {
    if (!conflict || !merge || !theirs) return;
    const version = conflict.latest.version;
    const next = continueFromLatest(merge.data);
    if (next) submitDraft(next, version, theirs);
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
        <InlineAlert status="neutral" role="status">
          <p>{t(`initiative.form.${notice.kind}`, { version: notice.version })}</p>
        </InlineAlert>
      )}
      {conflict && merge ? (
        <ConflictView
          baseVersion={conflict.baseVersion}
          latestVersion={conflict.latest.version}
          merge={merge}
          resolutions={resolutions}
          hasChangesOfMine={diffInitiativeData(conflict.base, conflict.mine).length > 0}
          events={conflict.events}
          onResolve={(key, resolution) => setResolutions((all) => ({ ...all, [key]: resolution }))}
          onSave={saveMerge}
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
