import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import type { LayerParamsEntry } from '../model/layer-params.ts';
import { type AppState } from '../state/app-state.ts';
import { embedSnippet, UI_LEVELS, type UiLevel } from '../state/embed-url.ts';

const SIZES = {
  small: { width: 480, height: 360 },
  medium: { width: 800, height: 600 },
  large: { width: 1200, height: 800 },
  fluid: { width: '100%', height: 600 },
} as const;
type SizeKey = keyof typeof SIZES;

/** Writes text to the clipboard, reporting success so the dialog can say so. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * "Share / embed": the link to the current map, and the iframe snippet for the government
 * site with size presets and interface level. A native modal dialog: focus stays inside and
 * Escape closes it.
 */
export function ShareDialog({
  state,
  layerParams,
  open,
  onClose,
}: {
  state: AppState;
  /** The layers' own parameters, printed into the embed's link by their layers. */
  layerParams: readonly LayerParamsEntry[];
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [size, setSize] = useState<SizeKey>('medium');
  const [ui, setUi] = useState<UiLevel>('legend');
  const [status, setStatus] = useState('');

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const link = window.location.href;
  const snippet = embedSnippet({
    embedUrl: new URL('embed.html', window.location.href).href.split('?')[0]!,
    state: { ...state, view: state.view },
    ui,
    ...SIZES[size],
    title: t('share.iframeTitle'),
    layerParams,
  });
  const copy = async (text: string) =>
    setStatus((await copyText(text)) ? t('share.copied') : t('share.copyFailed'));

  return (
    <dialog
      ref={dialog}
      className="share-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      data-testid="share-dialog"
    >
      <h2 id={`${id}-title`}>{t('share.title')}</h2>
      <label className="share-field">
        {t('share.link')}
        <span className="share-row">
          <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => void copy(link)}>
            {t('share.copy')}
          </button>
        </span>
      </label>
      <fieldset>
        <legend>{t('share.size')}</legend>
        {(Object.keys(SIZES) as SizeKey[]).map((key) => (
          <label key={key} className="radio">
            <input
              type="radio"
              name={`${id}-size`}
              checked={size === key}
              onChange={() => setSize(key)}
            />
            {t(`share.sizes.${key}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('share.ui')}</legend>
        {UI_LEVELS.map((level) => (
          <label key={level} className="radio">
            <input
              type="radio"
              name={`${id}-ui`}
              checked={ui === level}
              onChange={() => setUi(level)}
            />
            {t(`share.uiLevels.${level}`)}
          </label>
        ))}
      </fieldset>
      <label className="share-field">
        {t('share.embed')}
        <textarea
          readOnly
          rows={4}
          value={snippet}
          data-testid="embed-snippet"
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <div className="share-actions">
        <button type="button" onClick={() => void copy(snippet)}>
          {t('share.copy')}
        </button>
        <button type="button" onClick={onClose}>
          {t('share.close')}
        </button>
        <span role="status" aria-live="polite">
          {status}
        </span>
      </div>
    </dialog>
  );
}
