import type { IControl } from 'maplibre-gl';

/** A MapLibre control button that returns the map to its default view. */
export class ResetViewControl implements IControl {
  private container: HTMLDivElement | undefined;

  constructor(
    private readonly label: string,
    private readonly onReset: () => void,
  ) {}

  /** Builds the button; MapLibre calls this when the control is added. */
  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'plan-reset-view';
    button.title = this.label;
    button.setAttribute('aria-label', this.label);
    button.dataset.testid = 'reset-view';
    // A "home" glyph drawn in SVG so no icon font or image is fetched.
    button.innerHTML =
      '<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path d="M10 3 3 9h2v8h4v-5h2v5h4V9h2z" fill="currentColor"/></svg>';
    button.addEventListener('click', this.onReset);
    container.append(button);
    this.container = container;
    return container;
  }

  /** Removes the button; MapLibre calls this when the control is removed. */
  onRemove(): void {
    this.container?.remove();
    this.container = undefined;
  }
}
