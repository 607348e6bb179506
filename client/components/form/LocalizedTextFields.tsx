import './localized-text.css';
import { LANGUAGES, type Language } from '../../../shared/language.ts';
import { TextAreaField, TextField } from './fields.tsx';

/**
 * One content text in Finnish, Swedish and English, edited side by side: a group named by the
 * field (fieldset and legend), an input per language with a label naming the language and
 * `lang` on the input, so a screen reader reads the Swedish text in Swedish and a spelling
 * checker checks it as Swedish. Three columns where the form is wide enough, stacked where it
 * is not (by the group's own width, a container query, so no phone scrolls sideways). Finnish
 * is required, the others optional.
 */
export function LocalizedTextFields({
  id,
  legend,
  labels,
  values,
  errors,
  inputId,
  multiline = false,
  onChange,
}: {
  /** The group's DOM id. */
  id: string;
  legend: string;
  labels: Record<Language, string>;
  values: Record<Language, string>;
  errors: Partial<Record<Language, readonly string[] | undefined>>;
  /** Each input's DOM id: what error summaries and "fix this" links point to. */
  inputId: (language: Language) => string;
  multiline?: boolean;
  onChange: (language: Language, value: string) => void;
}) {
  const Field = multiline ? TextAreaField : TextField;
  return (
    <fieldset id={id} className="localized-text">
      <legend className="localized-text__legend">{legend}</legend>
      <div className="localized-text__frame">
        <div className="localized-text__languages">
          {LANGUAGES.map((language) => (
            <div key={language} className="localized-text__language">
              <Field
                id={inputId(language)}
                lang={language}
                label={labels[language]}
                value={values[language]}
                optional={language !== 'fi'}
                errors={errors[language]}
                onChange={(value) => onChange(language, value)}
              />
            </div>
          ))}
        </div>
      </div>
    </fieldset>
  );
}
