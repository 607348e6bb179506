/**
 * Labelled form controls with their errors beside them, shared by the initiative and EU act
 * forms. Suomi.fi inputs where the design system has them; native selects and date inputs
 * (keyboard- and screen-reader-friendly everywhere) where it does not.
 */
import { forwardRef, type ReactNode } from 'react';
import { Checkbox, Heading, Textarea, TextInput } from 'suomifi-ui-components';
import { MAX_DATE, MIN_DATE } from '../../../shared/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';

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

export function DateField({
  id,
  label,
  value,
  onChange,
  errors,
  hint,
  optional,
  disabled,
}: BaseProps & { value: string; onChange: (value: string) => void }) {
  return (
    <NativeField
      id={id}
      label={label}
      hint={hint}
      optional={optional}
      errors={errors}
      className="field field--date"
    >
      <input
        id={id}
        type="date"
        className="field__date"
        value={value}
        min={MIN_DATE}
        max={MAX_DATE}
        disabled={disabled}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        onChange={(event) => onChange(event.target.value)}
      />
    </NativeField>
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
}: BaseProps & { value: string; onChange: (value: string) => void; type?: 'text' | 'email' | 'url' }) {
  const { t } = useI18n();
  return (
    <TextInput
      id={id}
      labelText={label}
      value={value}
      type={type}
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
}: BaseProps & { value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  return (
    <Textarea
      id={id}
      labelText={label}
      value={value}
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
