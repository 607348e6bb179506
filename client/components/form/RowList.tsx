/** A repeating part of a form (links, milestones, EU impacts, key dates): rows to add and remove. */
import type { ReactNode } from 'react';
import { Button } from 'suomifi-ui-components';
import { useI18n } from '../../i18n/i18n.tsx';
import { fieldId } from './field-errors.ts';
import { FieldErrorText } from './fields.tsx';

let rowCounter = 0;
/** A key for a new row, stable while the row lives, so React keeps focus in the right input. */
export const newRowKey = (): string => `row-${++rowCounter}`;

/** Rows with an add button; a new row gets focus, and removing one moves focus to the add button. */
export function RowList<R extends { key: string }>({
  name,
  rows,
  onChange,
  newRow,
  firstInput,
  addLabel,
  removeLabel,
  errors,
  children,
}: {
  name: string;
  rows: R[];
  onChange: (rows: R[]) => void;
  newRow: () => R;
  firstInput: string;
  addLabel: string;
  removeLabel: (n: number) => string;
  errors?: readonly string[];
  children: (row: R, index: number, set: (patch: Partial<R>) => void) => ReactNode;
}) {
  const { t } = useI18n();
  const addId = `${name}-add`;
  // After React has rendered the change: focus must land on an element that exists.
  const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);
  return (
    <>
      <FieldErrorText id={fieldId(name)} errors={errors} />
      {rows.length === 0 ? (
        <p className="form-rows__empty">{t('initiative.form.noRows')}</p>
      ) : (
        <ol className="form-rows">
          {rows.map((row, index) => (
            <li key={row.key} className="form-row">
              <div className="form-row__fields">
                {children(row, index, (patch) =>
                  onChange(rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r))),
                )}
              </div>
              <Button
                variant="secondary"
                className="form-row__remove"
                onClick={() => {
                  onChange(rows.filter((r) => r.key !== row.key));
                  focusLater(addId);
                }}
              >
                {removeLabel(index + 1)}
              </Button>
            </li>
          ))}
        </ol>
      )}
      <Button
        id={addId}
        className="form-rows__add"
        variant="secondary"
        onClick={() => {
          onChange([...rows, newRow()]);
          focusLater(fieldId(`${name}.${rows.length}.${firstInput}`));
        }}
      >
        {addLabel}
      </Button>
    </>
  );
}
