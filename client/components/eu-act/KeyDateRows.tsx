import { useI18n } from '../../i18n/i18n.tsx';
import { type FieldErrors, fieldId } from '../form/field-errors.ts';
import { DateField, TextField } from '../form/fields.tsx';
import { RowList } from '../form/RowList.tsx';
import type { KeyDateRow } from './eu-act-draft.ts';

const LANGS = [
  ['fi', 'euAct.form.keyDateLabelFi'],
  ['sv', 'euAct.form.keyDateLabelSv'],
  ['en', 'euAct.form.keyDateLabelEn'],
] as const;

/** The act's other key dates: a description in three languages (Finnish required) and the date. */
export function KeyDateRows({
  rows,
  errors,
  onChange,
  newRow,
}: {
  rows: KeyDateRow[];
  errors: FieldErrors;
  onChange: (rows: KeyDateRow[]) => void;
  newRow: () => KeyDateRow;
}) {
  const { t } = useI18n();
  return (
    <>
      <h3 id={fieldId('keyDates')} tabIndex={-1} className="form-subheading">
        {t('euAct.field.keyDates')}
      </h3>
      <RowList<KeyDateRow>
        name="keyDates"
        rows={rows}
        onChange={onChange}
        newRow={newRow}
        firstInput="fi"
        addLabel={t('euAct.form.addKeyDate')}
        removeLabel={(n) => t('euAct.form.removeKeyDate', { n })}
        errors={errors.keyDates}
      >
        {(row, index, set) => (
          <>
            {LANGS.map(([language, label]) => (
              <TextField
                key={language}
                id={fieldId(`keyDates.${index}.${language}`)}
                label={t(label, { n: index + 1 })}
                value={row[language]}
                optional={language !== 'fi'}
                errors={errors[`keyDates.${index}.${language}`]}
                onChange={(value) => set({ [language]: value })}
              />
            ))}
            <DateField
              id={fieldId(`keyDates.${index}.date`)}
              label={t('euAct.form.keyDateDate', { n: index + 1 })}
              value={row.date}
              errors={errors[`keyDates.${index}.date`]}
              onChange={(date) => set({ date })}
            />
          </>
        )}
      </RowList>
    </>
  );
}
