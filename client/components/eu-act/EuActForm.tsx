import { type FormEvent, useRef, useState } from 'react';
import { Button } from 'suomifi-ui-components';
import { EU_ACT_KINDS } from '../../../shared/codes.ts';
import type { EuActData } from '../../../shared/eu-act.ts';
import { MINISTRIES } from '../../../shared/ministry.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useCodeOptions } from '../../lib/use-code-options.ts';
import { type FieldErrors, fieldId } from '../form/field-errors.ts';
import { DateField, ErrorSummaryBox, FormSection, SelectField, TextField } from '../form/fields.tsx';
import { newRowKey } from '../form/RowList.tsx';
import { UnsavedChangesGuard } from '../form/UnsavedChangesGuard.tsx';
import {
  type EuActDraft,
  emptyEuActDraft,
  euActDraftFromData,
  NAMED_DATES,
  validateEuActDraft,
} from './eu-act-draft.ts';
import { KeyDateRows } from './KeyDateRows.tsx';

const LANGS = ['fi', 'sv', 'en'] as const;
const TITLE_LABEL = {
  fi: 'euAct.field.titleFi',
  sv: 'euAct.field.titleSv',
  en: 'euAct.field.titleEn',
} as const;

function targetLabel(target: string, t: (key: MessageKey, vars?: Record<string, number>) => string): string {
  const [head = '', second, leaf] = target.split('.');
  if (head === 'title') return t(TITLE_LABEL[second as 'fi']);
  if (head === 'keyDates' && leaf) {
    const n = Number(second) + 1;
    if (leaf === 'date') return t('euAct.form.keyDateDate', { n });
    return t(`euAct.form.keyDateLabel${leaf === 'fi' ? 'Fi' : leaf === 'sv' ? 'Sv' : 'En'}`, { n });
  }
  return t(`euAct.field.${head}` as MessageKey);
}

/**
 * Every field of an EU act, checked with the shared schema before sending. The parent sends
 * the data and hands back the server's field errors.
 */
export function EuActForm({
  initial,
  submitLabel,
  saving,
  serverErrors,
  onSubmit,
  onCancel,
}: {
  initial: EuActData | null;
  submitLabel: string;
  saving: boolean;
  serverErrors: FieldErrors;
  onSubmit: (data: EuActData) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const options = useCodeOptions();
  const [draft, setDraft] = useState<EuActDraft>(() =>
    initial ? euActDraftFromData(initial) : emptyEuActDraft(),
  );
  const [pristine] = useState(() => JSON.stringify(draft));
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const errors = clientErrors ?? serverErrors;
  const update = (patch: Partial<EuActDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (clientErrors) setClientErrors(validateEuActDraft(next, t).errors);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { data, errors: found } = validateEuActDraft(draft, t);
    setClientErrors(data ? null : found);
    if (data) onSubmit(data);
    else setTimeout(() => summary.current?.focus(), 0);
  };
  const items = Object.entries(errors).flatMap(([target, messages]) =>
    messages.map((message) => ({
      id: target === 'form' ? 'eu-act-form' : fieldId(target),
      text: target === 'form' ? message : `${targetLabel(target, t)}: ${message}`,
    })),
  );
  return (
    <form id="eu-act-form" className="eu-act-form" noValidate onSubmit={submit} tabIndex={-1}>
      <UnsavedChangesGuard when={JSON.stringify(draft) !== pristine && !saving} />
      <ErrorSummaryBox
        ref={summary}
        heading={t('initiative.form.errorSummary', { count: items.length })}
        items={items}
      />
      <p className="form-intro">{t('initiative.form.intro')}</p>
      <FormSection id="eu-act-basics" title={t('euAct.page.details')}>
        <div className="form-grid">
          <TextField
            id={fieldId('shortName')}
            label={t('euAct.field.shortName')}
            value={draft.shortName}
            errors={errors.shortName}
            onChange={(shortName) => update({ shortName })}
          />
          <SelectField
            id={fieldId('kind')}
            label={t('euAct.field.kind')}
            value={draft.kind}
            options={options(EU_ACT_KINDS, 'codes.actKind')}
            errors={errors.kind}
            onChange={(kind) => update({ kind: kind as EuActDraft['kind'] })}
          />
          <TextField
            id={fieldId('number')}
            label={t('euAct.field.number')}
            hint={t('euAct.form.numberHint')}
            value={draft.number}
            optional
            errors={errors.number}
            onChange={(number) => update({ number })}
          />
          <TextField
            id={fieldId('celex')}
            label={t('euAct.field.celex')}
            hint={t('euAct.form.celexHint')}
            value={draft.celex}
            optional
            errors={errors.celex}
            onChange={(celex) => update({ celex })}
          />
          <SelectField
            id={fieldId('finnishLead')}
            label={t('euAct.field.finnishLead')}
            value={draft.finnishLead}
            placeholder={t('euAct.form.noLead')}
            options={MINISTRIES.map((m) => ({ value: m.code, label: m.code }))}
            optional
            errors={errors.finnishLead}
            onChange={(lead) => update({ finnishLead: lead as EuActDraft['finnishLead'] })}
          />
        </div>
        {LANGS.map((language) => (
          <TextField
            key={language}
            id={fieldId(`title.${language}`)}
            label={t(TITLE_LABEL[language])}
            value={draft.title[language]}
            optional={language !== 'fi'}
            errors={errors[`title.${language}`]}
            onChange={(value) => update({ title: { ...draft.title, [language]: value } })}
          />
        ))}
      </FormSection>
      <FormSection id="eu-act-dates" title={t('euAct.form.dates')}>
        <div className="form-grid">
          {NAMED_DATES.map((name) => (
            <DateField
              key={name}
              id={fieldId(name)}
              label={t(`euAct.field.${name}`)}
              value={draft[name]}
              optional
              errors={errors[name]}
              onChange={(value) => update({ [name]: value })}
            />
          ))}
        </div>
        <KeyDateRows
          rows={draft.keyDates}
          errors={errors}
          onChange={(keyDates) => update({ keyDates })}
          newRow={() => ({ key: newRowKey(), fi: '', sv: '', en: '', date: '' })}
        />
      </FormSection>
      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {saving ? t('euAct.form.saving') : submitLabel}
        </Button>
        <Button variant="secondaryNoBorder" onClick={onCancel}>
          {t('euAct.form.cancel')}
        </Button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {saving ? t('euAct.form.saving') : ''}
      </p>
    </form>
  );
}
