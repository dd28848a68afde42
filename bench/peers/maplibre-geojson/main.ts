import { startMapLibrePage } from '../maplibre-page.ts';
import { fetchCollection } from '../pipe-style.ts';

// Fetched on the main thread and handed to the source, as the product's map does.
startMapLibrePage(async () => ({
  type: 'geojson',
  data: await fetchCollection('pipes.geojson'),
  promoteId: 'id',
}));
