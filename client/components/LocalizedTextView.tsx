import type { Language } from '../../shared/codes.ts';
import { type LocalizedText, pickLocalized } from '../../shared/localized-text.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The visible "(på finska)" after Finnish content on a Swedish or English page, in the page's language. */
function InFinnishMark() {
  const { t, language } = useI18n();
  return (
    <span className="fallback-mark" lang={language} title={t('common.fallbackNote')}>
      {' '}
      ({t('common.inFinnish')})
    </span>
  );
}

/**
 * Content text in the chosen language, falling back to Finnish. The fallback is marked for
 * everyone: visibly, and with `lang="fi"` so screen readers switch pronunciation.
 */
export function LocalizedTextView({
  text,
  as: Tag = 'span',
}: {
  text: LocalizedText;
  as?: 'span' | 'p' | 'div';
}) {
  const { language } = useI18n();
  const picked = pickLocalized(text, language);
  return (
    <Tag lang={picked.fallback ? 'fi' : undefined}>
      {picked.text}
      {picked.fallback && <InFinnishMark />}
    </Tag>
  );
}

/**
 * Content written in one language only — milestone titles, health reasons, EU impact notes,
 * link labels, entered in Finnish. On a Swedish or English page it is marked the way a
 * missing translation is: visibly, and with `lang="fi"`.
 */
export function FinnishText({
  text,
  as: Tag = 'span',
  className,
}: {
  text: string;
  as?: 'span' | 'p' | 'div';
  className?: string;
}) {
  const { language } = useI18n();
  if (language === 'fi') return <Tag className={className}>{text}</Tag>;
  return (
    <Tag className={className} lang="fi">
      {text}
      <InFinnishMark />
    </Tag>
  );
}

/**
 * A text in a known language inside a history entry or a conflict, whose label already names
 * the language ("Tiivistelmä (ruotsi)"): only `lang`, when it is not the page's language.
 */
export function TextInLanguage({ text, lang }: { text: string; lang: Language }) {
  const { language } = useI18n();
  return <span lang={lang === language ? undefined : lang}>{text}</span>;
}
