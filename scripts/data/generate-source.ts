import type { FeatureCollection } from 'geojson';
import type { DatasetOrigin } from './dataset-schemas.ts';
import { generateChargingStations } from '../samples/generate-charging-stations.ts';
import { generatePipeNetwork } from '../samples/generate-pipe-network.ts';
import { type Township } from '../../src/model/township.ts';
import { generateFloodPoints } from '../samples/generate-flood-points.ts';
import { generateHousingProjects } from '../samples/generate-housing-projects.ts';
import { generatePublicServices } from '../samples/generate-public-services.ts';
import { generateRenewalSites } from '../samples/generate-renewal-sites.ts';
import { generateWaterWorks } from '../samples/generate-water-works.ts';

/** What generators read: the built districts (WGS84) and the township table. */
export interface GeneratorInputs {
  districts?: FeatureCollection;
  townships?: readonly Township[];
}

/**
 * Runs the seeded generator a `generated` origin names and returns its features in EPSG:4326,
 * to be validated like any file. Throws (the build reports `derive-failed`) if an input is absent.
 */
export function generateSource(
  origin: Extract<DatasetOrigin, { kind: 'generated' }>,
  inputs: GeneratorInputs,
): FeatureCollection {
  const { seed, count } = origin;
  const districts = inputs.districts;
  if (!districts) throw new Error(`generator ${origin.generator}: no districts`);
  if (origin.generator === 'pipe-network') return generatePipeNetwork({ seed, count, districts });
  if (origin.generator === 'water-works') return generateWaterWorks({ seed, count, districts });
  const townships = inputs.townships;
  if (!townships) throw new Error(`generator ${origin.generator}: no township table`);
  if (origin.generator === 'renewal-sites')
    return generateRenewalSites({ seed, count, districts, townships });
  if (origin.generator === 'housing-projects')
    return generateHousingProjects({ seed, count, districts, townships });
  if (origin.generator === 'public-services')
    return generatePublicServices({ seed, count, districts, townships });
  if (origin.generator === 'flood-points')
    return generateFloodPoints({ seed, count, districts, townships });
  return generateChargingStations({ seed, count, districts, townships });
}
