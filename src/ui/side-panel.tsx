import { type ReactNode, useId } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import { PANELS, type Panel } from '../state/app-state.ts';
import { SheetHandle } from './sheet-handle.tsx';

interface SidePanelProps {
  panel: Panel;
  onPanel: (panel: Panel) => void;
  /** On a phone the panel is a bottom sheet: peeking (default) or pulled up. */
  sheetExpanded?: boolean;
  onSheetExpanded?: (expanded: boolean) => void;
  children: ReactNode;
}

/**
 * The left panel with its three tabs (图层 · 规划 · 指标), keyboard-operable as ARIA tabs. On a
 * phone it is a bottom sheet with a grab handle (app.css); the tabs stay at its top edge.
 */
export function SidePanel({
  panel,
  onPanel,
  sheetExpanded = false,
  onSheetExpanded,
  children,
}: SidePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const move = (delta: number) => {
    const next = PANELS[(PANELS.indexOf(panel) + delta + PANELS.length) % PANELS.length]!;
    onPanel(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  return (
    <nav
      className="side-panel"
      aria-label={t('panel.label')}
      data-testid="side-panel"
      data-sheet={sheetExpanded ? 'expanded' : 'peek'}
    >
      {onSheetExpanded && (
        <SheetHandle
          expanded={sheetExpanded}
          onExpandedChange={onSheetExpanded}
          controls={`${id}-panel`}
          label={t('layout.sheet')}
        />
      )}
      <div role="tablist" className="tabs" aria-label={t('panel.label')}>
        {PANELS.map((p) => (
          <button
            key={p}
            id={`${id}-tab-${p}`}
            type="button"
            role="tab"
            aria-selected={panel === p}
            aria-controls={`${id}-panel`}
            tabIndex={panel === p ? 0 : -1}
            onClick={() => onPanel(p)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(1);
              else if (e.key === 'ArrowLeft') move(-1);
            }}
          >
            {t(`panel.${p}`)}
          </button>
        ))}
      </div>
      <div
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-${panel}`}
        className="tab-panel"
      >
        {children}
      </div>
    </nav>
  );
}
