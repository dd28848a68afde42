import { type Page } from '@playwright/test';

/** Where the generated import fixtures are (scripts/make-import-fixtures.ts). */
export const FIXTURES = 'e2e/fixtures';

/** Picks a file in the import panel, as a planner does with the file picker. */
export async function chooseFile(page: Page, path: string): Promise<void> {
  await page.getByTestId('import-panel').locator('input[type="file"]').setInputFiles(path);
}

/** The imported layers listed in the import panel. */
export const importedList = (page: Page) =>
  page.getByTestId('import-panel').locator('[data-testid^="imported-layer-"]');

/** A rendered imported feature: its layer, geometry type, first position and properties. */
export interface RenderedImported {
  layer: string;
  type: string;
  at: [number, number];
  properties: Record<string, unknown>;
}

/**
 * The imported features the map renders, read through MapLibre's queryRenderedFeatures, with
 * property names as MapLibre holds them (risky names carry the `prop:` prefix of
 * src/map/map-safe-collection.ts). One entry per feature id.
 */
export const renderedImported = (page: Page) =>
  page.evaluate(() => {
    const map = window.planMap!.map;
    const layers = map
      .getStyle()
      .layers.filter((l) => l.id.startsWith('imported-'))
      .map((l) => l.id);
    const byId = new Map<string, RenderedImported>();
    for (const f of map.queryRenderedFeatures({ layers })) {
      const g = f.geometry as { type: string; coordinates: unknown };
      let first: unknown = g.coordinates;
      while (Array.isArray(first) && Array.isArray(first[0])) first = first[0];
      byId.set(`${f.layer.id.replace(/-(fill|line|point)$/, '')}:${String(f.properties.id)}`, {
        layer: f.layer.id,
        type: g.type,
        at: first as [number, number],
        properties: { ...f.properties },
      });
    }
    return [...byId.values()];
  });

/** The original name of a property as the map holds it (see src/map/map-safe-collection.ts). */
export const originalName = (name: string) => (name.startsWith('prop:') ? name.slice(5) : name);
