import { useTranslation } from '../i18n/use-translation.ts';
import type { Locale } from '../model/locale.ts';

/**
 * The document's words, quoted as they are, and, for an English reader, a short English gist
 * marked as an unofficial translation: the Chinese stays the source (a translation can be
 * wrong; the document cannot be), the gist lets a reader who has no Chinese follow.
 */
export function PlanWords({
  zh,
  en,
  as = 'q',
  className,
  locale,
}: {
  locale: Locale;
  zh: string;
  en?: string | undefined;
  as?: 'q' | 'p' | 'blockquote';
  className?: string;
}) {
  const { t } = useTranslation();
  const Tag = as;
  return (
    <>
      <Tag lang="zh-CN" className={className}>
        {zh}
      </Tag>
      {locale === 'en' && en && (
        <p className="plan-gist" lang="en" data-testid="plan-gist">
          <span className="plan-gist-label">{t('plan.unofficialTranslation')}: </span>
          {en}
        </p>
      )}
    </>
  );
}
