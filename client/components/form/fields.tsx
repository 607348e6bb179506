/**
 * Labelled form controls with their errors beside them, shared by the initiative and EU act
 * forms. Suomi.fi inputs where the design system has them (text, dates with their picker);
 * native selects (keyboard- and screen-reader-friendly everywhere) where it does not.
 */
import { forwardRef, type ReactNode, useEffect, useState } from 'react';
import { Checkbox, DateInput, Heading, Textarea, TextInput } from 'suomifi-ui-components';
import { MAX_DATE, MIN_DATE } from '../../../shared/dates.ts';
import type { Language } from '../../../shared/language.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { dateToIso, formatDateText, isoToDate, parseDateText } from '../../lib/date-text.ts';
import { PHONE, useMediaQuery } from '../../lib/use-media-query.ts';

export interface Option {
  value: string;
  label: string;
}

interface BaseProps {
  id: string;
  label: string;
  errors?: readonly string[];
  hint?: string;
  optional?: boolean;
  disabled?: boolean;
}

const errorId = (id: string) => `${id}-error`;
const hintId = (id: string) => `${id}-hint`;
const describedBy = (id: string, hint: string | undefined, errors: readonly string[] | undefined) =>
  [hint ? hintId(id) : null, errors?.length ? errorId(id) : null].filter(Boolean).join(' ') || undefined;

/** The messages of one field, read out with it (aria-describedby) and marked with a sign, not only colour. */
export function FieldErrorText({ id, errors }: { id: string; errors?: readonly string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={errorId(id)} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {errors.join(' ')}
    </p>
  );
}

function NativeLabel({ id, label, optional }: { id: string; label: string; optional?: boolean }) {
  const { t } = useI18n();
  return (
    <label htmlFor={id} className="field__label">
      {label}
      {optional && <span className="field__optional"> ({t('initiative.form.optional')})</span>}
    </label>
  );
}

/** Label, hint and errors around a native input, wired up for assistive technology. */
function NativeField({
  id,
  label,
  hint,
  optional,
  errors,
  className = 'field',
  children,
}: Pick<BaseProps, 'id' | 'label' | 'hint' | 'optional' | 'errors'> & {
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <NativeLabel id={id} label={label} optional={optional} />
      {hint && (
        <span id={hintId(id)} className="field__hint">
          {hint}
        </span>
      )}
      {children}
      <FieldErrorText id={id} errors={errors} />
    </div>
  );
}

export function SelectField({
  id,
  label,
  value,
  options,
  onChange,
  errors,
  hint,
  optional,
  disabled,
  placeholder,
}: BaseProps & {
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  placeholder?: string;
}) {
  return (
    <NativeField id={id} label={label} hint={hint} optional={optional} errors={errors}>
      <select
        id={id}
        className="field__select"
        value={value}
        disabled={disabled}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </NativeField>
  );
}

/** The design system's date picker reads and writes d.M.yyyy through this. */
const DATE_ADAPTER = {
  format: (date: Date) => formatDateText(dateToIso(date)),
  parse: (text: string) => isoToDate(parseDateText(text) ?? ''),
};
const PICKER_RANGE = { minDate: isoToDate(MIN_DATE), maxDate: isoToDate(MAX_DATE) };

/**
 * A date typed as people in Finland write it (d.M.yyyy) or picked from the design system's
 * calendar in the UI language, never the browser's locale. The value is an ISO date; text
 * that is no date is passed on as typed, so the form's validation names it.
 */
export function DateField(props: DateFieldProps) {
  const { language } = useI18n();
  // Anew in each language, for the same reason as the empty start below.
  return <DateFieldInLanguage key={language} {...props} />;
}

type DateFieldProps = BaseProps & { value: string; onChange: (value: string) => void };

function DateFieldInLanguage({
  id,
  label,
  value,
  onChange,
  errors,
  hint,
  optional,
  disabled,
}: DateFieldProps) {
  const { t, language } = useI18n();
  const phone = useMediaQuery(PHONE);
  // Empty at mount and filled by the effect below: the design system words its picker button's
  // name ("Välj datum, valt datum …") when the value changes, and at mount its texts are still
  // Finnish; filled a moment later, the name comes in the UI language.
  const [text, setText] = useState('');
  // A value set from outside (a reset, a reloaded draft) replaces the text; one typed here does not.
  useEffect(() => {
    setText((current) =>
      parseDateText(current) === value || current.trim() === value ? current : formatDateText(value),
    );
  }, [value]);
  const formatHint = t('common.date.hint');
  return (
    <DateInput
      id={id}
      labelText={label}
      hintText={hint ? `${hint} ${formatHint}` : formatHint}
      optionalText={optional ? t('initiative.form.optional') : undefined}
      value={text}
      language={language}
      datePickerEnabled
      smallScreen={phone}
      dateAdapter={DATE_ADAPTER}
      {...PICKER_RANGE}
      disabled={disabled}
      fullWidth
      status={errors?.length ? 'error' : 'default'}
      statusText={errors?.length ? errors.join(' ') : undefined}
      onChange={({ value: typed }) => {
        setText(typed);
        onChange(parseDateText(typed) ?? typed.trim());
      }}
    />
  );
}

export function TextField({
  id,
  label,
  value,
  onChange,
  errors,
  hint,
  optional,
  disabled,
  type,
  lang,
}: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'url';
  /** The language the text is written in, when it is not the UI's (a content field's translation). */
  lang?: Language;
}) {
  const { t } = useI18n();
  return (
    <TextInput
      id={id}
      labelText={label}
      value={value}
      type={type}
      lang={lang}
      fullWidth
      disabled={disabled}
      hintText={hint}
      optionalText={optional ? t('initiative.form.optional') : undefined}
      status={errors?.length ? 'error' : 'default'}
      statusText={errors?.length ? errors.join(' ') : undefined}
      onChange={(next) => onChange(String(next ?? ''))}
    />
  );
}

export function TextAreaField({
  id,
  label,
  value,
  onChange,
  errors,
  hint,
  optional,
  lang,
}: BaseProps & { value: string; onChange: (value: string) => void; lang?: Language }) {
  const { t } = useI18n();
  return (
    <Textarea
      id={id}
      labelText={label}
      value={value}
      lang={lang}
      fullWidth
      resize="vertical"
      hintText={hint}
      optionalText={optional ? t('initiative.form.optional') : undefined}
      status={errors?.length ? 'error' : 'default'}
      statusText={errors?.length ? errors.join(' ') : undefined}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** A group of checkboxes in a fieldset; the fieldset takes focus from the error summary. */
export function CheckboxGroupField<T extends string>({
  id,
  label,
  options,
  selected,
  onChange,
  errors,
  hint,
  disabledValues = [],
}: Omit<BaseProps, 'optional'> & {
  options: { value: T; label: string }[];
  selected: readonly T[];
  onChange: (values: T[]) => void;
  disabledValues?: readonly T[];
}) {
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className="field field--group"
      aria-describedby={describedBy(id, hint, errors)}
      aria-invalid={errors?.length ? true : undefined}
    >
      <legend className="field__label">{label}</legend>
      {hint && (
        <span id={hintId(id)} className="field__hint">
          {hint}
        </span>
      )}
      <div className="field__checkboxes">
        {options.map((option) => (
          <Checkbox
            key={option.value}
            id={`${id}-${option.value}`}
            variant="small"
            checked={selected.includes(option.value)}
            disabled={disabledValues.includes(option.value)}
            onClick={({ checkboxState }) =>
              onChange(
                checkboxState ? [...selected, option.value] : selected.filter((v) => v !== option.value),
              )
            }
          >
            {option.label}
          </Checkbox>
        ))}
      </div>
      <FieldErrorText id={id} errors={errors} />
    </fieldset>
  );
}

/**
 * A titled part of a long form: a real heading, so screen-reader users can jump between parts.
 * No accessible name on the section itself: a form of ten landmark regions would be noise.
 */
export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} className="form-section" tabIndex={-1}>
      <Heading variant="h2" id={`${id}-heading`}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

export interface SummaryItem {
  id: string;
  text: string;
}

/** The errors of a form at its top, each a link that moves focus to its field (WCAG 3.3.1). */
export const ErrorSummaryBox = forwardRef<HTMLDivElement, { heading: string; items: SummaryItem[] }>(
  function ErrorSummaryBox({ heading, items }, ref) {
    if (items.length === 0) return null;
    return (
      <div
        ref={ref}
        className="error-summary"
        role="alert"
        tabIndex={-1}
        aria-labelledby="error-summary-heading"
      >
        <h2 id="error-summary-heading" className="error-summary__heading">
          <span aria-hidden="true">⚠ </span>
          {heading}
        </h2>
        <ul>
          {items.map((item) => (
            <li key={`${item.id}:${item.text}`}>
              <a
                href={`#${item.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  const target = document.getElementById(item.id);
                  target?.focus();
                  target?.scrollIntoView({ block: 'center' });
                }}
              >
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  },
);
