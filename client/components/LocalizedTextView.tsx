import type { Language } from '../../shared/codes.ts';
import { type LocalizedText, pickLocalized } from '../../shared/localized-text.ts';
import { useI18n } from '../i18n/i18n.tsx';

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
  const { t, language } = useI18n();
  const picked = pickLocalized(text, language);
  return (
    <Tag lang={picked.fallback ? 'fi' : undefined}>
      {picked.text}
      {picked.fallback && (
        <span className="fallback-mark" lang={language as Language} title={t('common.fallbackNote')}>
          {' '}
          ({t('common.inFinnish')})
        </span>
      )}
    </Tag>
  );
}
