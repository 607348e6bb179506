import '../../styles/snapshot.css';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { todayInFinland } from '../../../shared/dates.ts';
import { filterFromSearchParams } from '../../../shared/initiative-filter.ts';
import { LANGUAGES, type Language } from '../../../shared/language.ts';
import { EXPORT_FORMATS, type ExportFormat, packFileName } from '../../../shared/meeting-pack.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { DownloadError, type DownloadProgress, downloadFile } from '../../lib/download-file.ts';
import { exportUrl } from '../../lib/export-url.ts';
import { useSnapshotMode } from '../../lib/snapshot-mode.tsx';
import { endSession, trpc } from '../../lib/trpc.ts';
import { takenWhen } from '../snapshot/snapshot-text.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; progress: DownloadProgress | null }
  | { kind: 'done'; name: string }
  | { kind: 'failed'; message: string };

/**
 * "Download as a file": a format (XLSX, CSV, PDF, PPTX, JSON), the file's language (the UI's
 * by default) and, optionally, a snapshot to compare with. Without `snapshot` it downloads the
 * view the page shows: the filters and sort in its URL, of the snapshot being viewed if any.
 * With `snapshot` it downloads that whole snapshot. Progress is shown and announced while the
 * server makes the file; it is saved under the server's file name, and an error answer is
 * shown with its message.
 */
export function ExportMenu({ snapshot }: { snapshot?: { id: string; label: string; takenAt: Date } }) {
  const { t, language: uiLanguage } = useI18n();
  const id = useId();
  const [params] = useSearchParams();
  const mode = useSnapshotMode();
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [fileLanguage, setFileLanguage] = useState<Language | null>(null);
  const [compareTo, setCompareTo] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const language = fileLanguage ?? uiLanguage;
  const source = snapshot ?? (mode.snapshotId ? mode.snapshot.data : undefined);
  const sourceId = snapshot?.id ?? mode.snapshotId;
  const { filter, sort } = useMemo(
    () => (snapshot ? { filter: {}, sort: undefined } : filterFromSearchParams(params)),
    [snapshot, params],
  );
  const snapshots = useQuery({ ...trpc.snapshot.list.queryOptions(), enabled: open });
  // What the file can be compared with: the snapshots taken before the picture it holds.
  const earlier = (snapshots.data ?? []).filter(
    (s) => s.id !== sourceId && (!source || s.takenAt.getTime() < source.takenAt.getTime()),
  );

  const busy = state.kind === 'busy';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: 'busy', progress: null });
    const url = exportUrl({
      format,
      language,
      snapshotId: sourceId,
      filter,
      sort,
      compareTo: compareTo || undefined,
    });
    try {
      const { name } = await downloadFile(url, {
        language: uiLanguage,
        fallbackName: packFileName(todayInFinland(), source?.label ?? '', format),
        fallbackMessage: (status) => `HTTP ${status}`,
        onProgress: (progress) => setState({ kind: 'busy', progress }),
        signal: controller.signal,
      });
      if (!controller.signal.aborted) setState({ kind: 'done', name });
    } catch (error) {
      if (controller.signal.aborted) return;
      // The session ended meanwhile (signed out in another tab): the app shows the sign-in page.
      if (error instanceof DownloadError && error.status === 401) endSession('ended');
      const message = error instanceof DownloadError ? error.message : t('common.noConnection');
      setState({ kind: 'failed', message });
    }
  };

  const progress = state.kind === 'busy' ? state.progress : null;
  const statusText =
    state.kind === 'busy'
      ? progress && progress.received > 0
        ? t('snapshot.export.received', { kb: Math.round(progress.received / 1024) })
        : t('snapshot.export.making')
      : state.kind === 'done'
        ? t('snapshot.export.done', { name: state.name })
        : '';
  const what = snapshot
    ? t('snapshot.export.snapshot', { label: snapshot.label })
    : source
      ? t('snapshot.export.snapshotView', { label: source.label })
      : t('snapshot.export.current');

  return (
    <div className="export-menu">
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((was) => !was)}
      >
        {t('snapshot.export.button')}
        {snapshot && <span className="visually-hidden">{` ”${snapshot.label}”`}</span>}
      </Button>
      <div id={`${id}-panel`} hidden={!open} className="export-menu__panel">
        {open && (
          <form onSubmit={submit} aria-labelledby={`${id}-heading`}>
            <p id={`${id}-heading`} className="export-menu__heading">
              {t('snapshot.export.heading')}
            </p>
            <p className="export-menu__what">{what}</p>
            <fieldset className="export-menu__formats">
              <legend>{t('snapshot.export.format')}</legend>
              {EXPORT_FORMATS.map((value) => (
                <label key={value}>
                  <input
                    type="radio"
                    name={`${id}-format`}
                    value={value}
                    checked={format === value}
                    onChange={() => setFormat(value)}
                  />{' '}
                  {t(`snapshot.export.formats.${value}`)}
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor={`${id}-language`} className="field__label">
                {t('snapshot.export.language')}
              </label>
              <select
                id={`${id}-language`}
                className="field__select"
                value={language}
                onChange={(event) => setFileLanguage(event.target.value as Language)}
              >
                {LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {t(`common.language.${code}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-compare`} className="field__label">
                {t('snapshot.export.compareTo')}
              </label>
              <select
                id={`${id}-compare`}
                className="field__select"
                value={compareTo}
                onChange={(event) => setCompareTo(event.target.value)}
              >
                <option value="">{t('snapshot.export.noCompare')}</option>
                {earlier.map((s) => (
                  <option key={s.id} value={s.id}>
                    {t('snapshot.changes.option', {
                      label: s.label,
                      date: takenWhen(t, uiLanguage, s.takenAt),
                    })}
                  </option>
                ))}
              </select>
            </div>
            <div className="export-menu__actions">
              {/* Not `disabled` while busy: a disabled button drops the keyboard focus to the page's start. */}
              <Button type="submit" aria-disabled={busy || undefined} aria-describedby={`${id}-status`}>
                {busy ? t('snapshot.export.making') : t('snapshot.export.download')}
              </Button>
              {busy && (
                <progress
                  className="export-menu__progress"
                  aria-label={t('snapshot.export.making')}
                  {...(progress?.total ? { max: progress.total, value: progress.received } : {})}
                />
              )}
            </div>
            <p id={`${id}-status`} role="status" className="export-menu__status">
              {statusText}
            </p>
            {state.kind === 'failed' && (
              <p role="alert" className="field-error export-menu__error">
                <span aria-hidden="true">⚠ </span>
                {t('snapshot.export.failed', { message: state.message })}
              </p>
            )}
          </form>
        )}
      </div>
    </div>
  );
}
