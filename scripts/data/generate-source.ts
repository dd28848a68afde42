import type { FeatureCollection } from 'geojson';
import type { DatasetOrigin } from './dataset-schemas.ts';
import { generateChargingStations } from '../samples/generate-charging-stations.ts';
import { generatePipeNetwork } from '../samples/generate-pipe-network.ts';
import { type Township } from '../../src/model/township.ts';

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
  const townships = inputs.townships;
  if (!townships) throw new Error(`generator ${origin.generator}: no township table`);
  return generateChargingStations({ seed, count, districts, townships });
}
