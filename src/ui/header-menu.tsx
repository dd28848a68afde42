import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';

/**
 * The header's actions (share, export, 关怀模式, language). On a wide screen they stand in the
 * header as they are; on a narrow one (app.css, up to 1100 px) they fold behind one button, a
 * disclosure: the button says whether they are shown (`aria-expanded`), Tab goes on into them,
 * Escape or a click elsewhere folds them again, and choosing one folds them too. The actions
 * stay the same buttons either way, with their own roles and states (`aria-pressed`).
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof Node && !root.current?.contains(e.target)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    window.addEventListener('focusin', onFocus);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('focusin', onFocus);
    };
  }, [open]);
  return (
    <div className={`header-menu${open ? ' open' : ''}`} ref={root}>
      <button
        ref={button}
        type="button"
        className="header-menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        data-testid="header-menu-button"
      >
        <span className="header-menu-icon" aria-hidden="true" />
        {t('layout.menu')}
      </button>
      <div
        id={id}
        className="header-actions"
        data-testid="header-actions"
        // A chosen action opens its dialog or changes the page: the menu has done its job.
        onClick={(e) => {
          if ((e.target as HTMLElement).closest('button')) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
