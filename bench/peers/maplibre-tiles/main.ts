import { addProtocol } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import { startMapLibrePage } from '../maplibre-page.ts';

// The archive is read by byte ranges from the same origin; `promoteId` keeps string ids.
addProtocol('pmtiles', new Protocol().tile);
startMapLibrePage(
  async () => ({
    type: 'vector',
    url: `pmtiles://${new URL('../../app/data/pipes.pmtiles', location.href).href}`,
    promoteId: { pipes: 'id' },
  }),
  'pipes',
);
