import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, FileInput, InlineAlert } from 'suomifi-ui-components';
import {
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportReport,
  importFailed,
} from '../../../shared/export-format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { endSession } from '../../lib/trpc.ts';
import { PHONE, useMediaQuery } from '../../lib/use-media-query.ts';
import { SelectField } from '../form/fields.tsx';
import { ImportReportView } from './ImportReportView.tsx';
import { postImport } from './import-api.ts';

type Phase = 'idle' | 'previewing' | 'importing';

/**
 * Choose a format and a file, preview what would happen, then import. Import stays disabled
 * until a preview of this very file and format has no rejected records.
 */
export function ImportPanel() {
  const { t } = useI18n();
  const phone = useMediaQuery(PHONE);
  const queryClient = useQueryClient();
  const [format, setFormat] = useState<ImportFormat>('digisalkku');
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = phase !== 'idle';
  const previewOk = report?.dryRun === true && !importFailed(report);

  // A new file or format makes the old preview meaningless.
  const reset = () => {
    setReport(null);
    setError(null);
  };

  const send = async (dryRun: boolean) => {
    if (!file) {
      setError(t('records.import.chooseFile'));
      return;
    }
    setPhase(dryRun ? 'previewing' : 'importing');
    setError(null);
    const response = await postImport(file, format, dryRun);
    setPhase('idle');
    // The session ended meanwhile (signed out in another tab, expired): as for every other request.
    if (!response.ok && response.status === 401) {
      endSession('ended');
      return;
    }
    if (!response.ok) {
      setReport(null);
      setError(
        'network' in response
          ? t('records.import.networkFailed')
          : t('records.import.failed', { status: response.status, message: response.message }),
      );
      return;
    }
    setReport(response.report);
    if (!dryRun) void queryClient.invalidateQueries();
  };

  const status =
    phase === 'previewing'
      ? t('records.import.previewing')
      : phase === 'importing'
        ? t('records.import.importing')
        : report && !report.dryRun
          ? t(importFailed(report) ? 'records.import.rejectedBlock' : 'records.import.done')
          : report
            ? t(previewOk ? 'records.import.ready' : 'records.import.rejectedBlock')
            : '';

  return (
    <div className="import-panel" aria-busy={busy}>
      <p>{t('records.import.intro')}</p>
      <div className="form-grid">
        <SelectField
          id="import-format"
          label={t('records.import.format')}
          value={format}
          options={IMPORT_FORMATS.map((value) => ({ value, label: t(`records.import.formats.${value}`) }))}
          disabled={busy}
          onChange={(value) => {
            setFormat(value as ImportFormat);
            reset();
          }}
        />
        {/* The design system's file input: its button and texts in the UI language, not the browser's. */}
        <FileInput
          id="import-file"
          labelText={t('records.import.file')}
          hintText={t('records.import.fileHint')}
          inputButtonText={t('common.file.choose')}
          dragAreaText={t('common.file.drag')}
          removeFileText={t('common.file.remove')}
          addedFileAriaText={t('common.file.chosen')}
          accept={{ digisalkku: '.json', hankeikkuna: '.json', csv: '.csv,.txt', xlsx: '.xlsx' }[format]}
          disabled={busy}
          smallScreen={phone}
          fullWidth
          onChange={(files) => {
            setFile(files[0] ?? null);
            reset();
          }}
        />
      </div>
      <div className="form-actions">
        <Button variant="secondary" disabled={busy} onClick={() => void send(true)}>
          {t('records.import.preview')}
        </Button>
        <Button disabled={busy || !previewOk} onClick={() => void send(false)}>
          {t('records.import.run')}
        </Button>
      </div>
      <p role="status" aria-live="polite" className="import-panel__status">
        {status}
      </p>
      {error && (
        <InlineAlert status="error" role="alert">
          {error}
        </InlineAlert>
      )}
      {report && <ImportReportView report={report} />}
    </div>
  );
}
