import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import { useI18n } from '../../i18n/i18n.tsx';
import { trpc } from '../../lib/trpc.ts';

/** A file's bytes as base64, read in the browser. */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: a spread of a whole sheet's bytes would overflow the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Coordinators: Finland's results from a CSV or XLSX sheet; the server checks the whole sheet before writing any. */
export function ResultsImport({ benchmarkId }: { benchmarkId: string }) {
  const { t } = useI18n();
  const id = useId();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [missingFile, setMissingFile] = useState(false);
  const run = useMutation(
    trpc.cooperation.benchmark.importResults.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries(trpc.cooperation.pathFilter());
        if (input.current) input.current.value = '';
      },
    }),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setMissingFile(!file);
    if (!file) return;
    run.mutate({ benchmarkId, fileName: file.name, contentBase64: await toBase64(file) });
  };
  return (
    <section className="screen-section" aria-labelledby={`${id}-heading`}>
      <Heading variant="h2" id={`${id}-heading`}>
        {t('cooperation.benchmark.importTitle')}
      </Heading>
      <form className="cooperation-import" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={`${id}-file`} className="field__label">
            {t('cooperation.benchmark.importFile')}
          </label>
          <span id={`${id}-hint`} className="field__hint">
            {t('cooperation.benchmark.importHint')}
          </span>
          <input
            ref={input}
            id={`${id}-file`}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${id}-hint${missingFile ? ` ${id}-error` : ''}`}
            aria-invalid={missingFile ? true : undefined}
            onChange={() => {
              setMissingFile(false);
              run.reset();
            }}
          />
          {missingFile && (
            <p id={`${id}-error`} className="field-error">
              <span aria-hidden="true">⚠ </span>
              {t('cooperation.benchmark.importNoFile')}
            </p>
          )}
        </div>
        <Button type="submit" variant="secondary" disabled={run.isPending}>
          {run.isPending ? t('cooperation.benchmark.importing') : t('cooperation.benchmark.importSubmit')}
        </Button>
      </form>
      <p role="status">
        {run.data
          ? t('cooperation.benchmark.importDone', { added: run.data.added, changed: run.data.changed })
          : ''}
      </p>
      {run.error && (
        <InlineAlert status="error" role="alert">
          {t('cooperation.benchmark.importFailed', { message: run.error.message })}
        </InlineAlert>
      )}
    </section>
  );
}
