/** Parts shared by the body and benchmark forms: names in three languages, links, the error summary. */
import { type ReactNode, type RefObject, useRef } from 'react';
import { Button } from 'suomifi-ui-components';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { type FieldErrors, fieldId } from '../form/field-errors.ts';
import { ErrorSummaryBox, TextField } from '../form/fields.tsx';
import { RowList } from '../form/RowList.tsx';
import { UnsavedChangesGuard } from '../form/UnsavedChangesGuard.tsx';
import { type LinkRow, newLinkRow } from './cooperation-draft.ts';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const LANGS = ['fi', 'sv', 'en'] as const;
export const NAME_LABEL = {
  fi: 'cooperation.field.nameFi',
  sv: 'cooperation.field.nameSv',
  en: 'cooperation.field.nameEn',
} as const;

/** The name of an error's field in the summary: "Linkki 2: osoite", "Nimi ruotsiksi". */
export function targetLabel(target: string, t: Translate): string {
  const [head = '', second, leaf] = target.split('.');
  const n = Number(second) + 1;
  if (head === 'name' && second) return t(NAME_LABEL[second as 'fi']);
  if (head === 'links' && leaf)
    return t(leaf === 'url' ? 'cooperation.form.linkUrl' : 'cooperation.form.linkLabel', { n });
  if (head === 'representatives' && leaf) {
    const key =
      leaf === 'organisation'
        ? 'cooperation.form.representativeOrganisation'
        : leaf === 'role'
          ? 'cooperation.form.representativeRole'
          : 'cooperation.form.representativeName';
    return t(key, { n });
  }
  return t(`cooperation.field.${head}` as MessageKey);
}

export function NameFields({
  name,
  errors,
  onChange,
}: {
  name: { fi: string; sv: string; en: string };
  errors: FieldErrors;
  onChange: (name: { fi: string; sv: string; en: string }) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      {LANGS.map((language) => (
        <TextField
          key={language}
          id={fieldId(`name.${language}`)}
          label={t(NAME_LABEL[language])}
          value={name[language]}
          optional={language !== 'fi'}
          errors={errors[`name.${language}`]}
          onChange={(value) => onChange({ ...name, [language]: value })}
        />
      ))}
    </>
  );
}

export function LinkRows({
  rows,
  errors,
  onChange,
}: {
  rows: LinkRow[];
  errors: FieldErrors;
  onChange: (rows: LinkRow[]) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <h3 id={fieldId('links')} tabIndex={-1} className="form-subheading">
        {t('cooperation.field.links')}
      </h3>
      <RowList<LinkRow>
        name="links"
        rows={rows}
        onChange={onChange}
        newRow={newLinkRow}
        firstInput="label"
        addLabel={t('cooperation.form.addLink')}
        removeLabel={(n) => t('cooperation.form.removeLink', { n })}
        errors={errors.links}
      >
        {(row, index, set) => (
          <>
            <TextField
              id={fieldId(`links.${index}.label`)}
              label={t('cooperation.form.linkLabel', { n: index + 1 })}
              value={row.label}
              errors={errors[`links.${index}.label`]}
              onChange={(label) => set({ label })}
            />
            <TextField
              id={fieldId(`links.${index}.url`)}
              label={t('cooperation.form.linkUrl', { n: index + 1 })}
              type="url"
              value={row.url}
              errors={errors[`links.${index}.url`]}
              onChange={(url) => set({ url })}
            />
          </>
        )}
      </RowList>
    </>
  );
}

/**
 * The frame of a catalogue form: the unsaved-changes guard, the error summary (each item a link
 * to its field), the fields, and save and cancel.
 */
export function CatalogueForm({
  id,
  dirty,
  errors,
  summary,
  saving,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  id: string;
  dirty: boolean;
  errors: FieldErrors;
  summary: RefObject<HTMLDivElement | null>;
  saving: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const items = Object.entries(errors).flatMap(([target, messages]) =>
    messages.map((message) => ({
      id: target === 'form' ? id : fieldId(target),
      text: target === 'form' ? message : `${targetLabel(target, t)}: ${message}`,
    })),
  );
  return (
    <form
      id={id}
      className="cooperation-form"
      noValidate
      tabIndex={-1}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <UnsavedChangesGuard when={dirty && !saving} />
      <ErrorSummaryBox
        ref={summary}
        heading={t('initiative.form.errorSummary', { count: items.length })}
        items={items}
      />
      <p className="form-intro">{t('initiative.form.intro')}</p>
      {children}
      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {saving ? t('cooperation.form.saving') : submitLabel}
        </Button>
        <Button variant="secondaryNoBorder" onClick={onCancel}>
          {t('cooperation.form.cancel')}
        </Button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {saving ? t('cooperation.form.saving') : ''}
      </p>
    </form>
  );
}

/** Draft state with client validation that follows each change once a submit has failed. */
export function useSummaryFocus() {
  const summary = useRef<HTMLDivElement>(null);
  return { summary, focus: () => setTimeout(() => summary.current?.focus(), 0) };
}
