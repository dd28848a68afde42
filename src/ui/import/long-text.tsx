import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation.ts';
import { SHOWN_CHARACTERS, shortenText } from './shorten-text.ts';

/** Up to this length the whole value may be shown in place; longer ones are copied or saved. */
export const EXPANDABLE_CHARACTERS = 20_000;

/** Saves text as a .txt download (a Blob URL: no copy of the text is laid out on the page). */
function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Props of {@link LongText}. */
export interface LongTextProps {
  value: string;
  /** Names the value in the actions' labels and the download's file name, e.g. the attribute. */
  label: string;
  /** Characters shown before shortening; default {@link SHOWN_CHARACTERS}. */
  max?: number;
}

/**
 * A value from a file, shown as text and never longer than `max` characters on the page: a
 * longer one is cut with an ellipsis and says how long it is, and its whole text is one action
 * away (shown in place up to {@link EXPANDABLE_CHARACTERS}, else copied or downloaded), so no
 * attribute size the import allows can hold the page.
 */
export function LongText({ value, label, max = SHOWN_CHARACTERS }: LongTextProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const short = shortenText(value, max);
  if (!short.shortened) return <>{value}</>;
  const count = short.length.toLocaleString();
  const expandable = short.length <= EXPANDABLE_CHARACTERS;
  return (
    <>
      <span className="long-text">{expanded ? value : short.text}</span>{' '}
      <span className="import-hint" data-testid="long-text-note">
        {t('importChecks.shortened', { count })}
      </span>
      <span className="long-text-actions">
        {expandable && (
          <button type="button" aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
            {expanded ? t('importChecks.showLess') : t('importChecks.showAll', { count })}
          </button>
        )}
        <button
          type="button"
          aria-label={t('importChecks.actionFor', {
            action: t('importChecks.copyAll', { count }),
            name: label,
          })}
          onClick={() =>
            void navigator.clipboard
              ?.writeText(value)
              .then(() => setCopied('copied'))
              .catch(() => setCopied('failed'))
          }
        >
          {t('importChecks.copyAll', { count })}
        </button>
        <button
          type="button"
          aria-label={t('importChecks.actionFor', {
            action: t('importChecks.downloadAll', { count }),
            name: label,
          })}
          onClick={() => download(value, `${label.replace(/[\\/:*?"<>|]/g, '_').slice(0, 40)}.txt`)}
        >
          {t('importChecks.downloadAll', { count })}
        </button>
        {copied && (
          <span role="status" className="import-hint">
            {copied === 'copied' ? t('importChecks.copied') : t('importChecks.copyFailed')}
          </span>
        )}
      </span>
    </>
  );
}
