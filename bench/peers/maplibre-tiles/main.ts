import { addProtocol } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import { startMapLibrePage } from '../maplibre-page.ts';

// The archive is read by byte ranges from the same origin; `promoteId` keeps string ids. It is
// the product build's own archive when the build made one, else cut by scripts/build-tiles.ts.
addProtocol('pmtiles', new Protocol().tile);
startMapLibrePage(
  async () => ({
    type: 'vector',
    url: `pmtiles://${new URL('../../peer-data/pipes.pmtiles', location.href).href}`,
    promoteId: { pipes: 'id' },
  }),
  'pipes',
);
