import { z } from 'zod';
import { featureId, featureName, featureProvenance } from '../contract-parts.ts';
import type { FeatureContract } from '../layer-module.ts';
import { TRANSPORT_MODES, TRANSPORT_STATUSES } from './values.ts';

/** Properties of one corridor or station of `geodata/transport.geojson`; extra ones pass. */
export const TransportProperties = z.object({
  id: featureId,
  name: featureName,
  nameEn: z.string().min(1),
  mode: z.enum(TRANSPORT_MODES),
  status: z.enum(TRANSPORT_STATUSES),
  /** The phrase of 筑府发〔2025〕17号 the feature answers to, verbatim. */
  basis: z.string().min(1),
  /** How it was drawn and how exact it is. */
  placementNote: z.string().min(1),
  /** Where the position and status come from. */
  source: z.string().min(1),
  provenance: featureProvenance,
});

/** What the build checks every corridor and station against. */
export const transportContract: FeatureContract = {
  name: 'transport',
  geometry: ['LineString', 'MultiLineString', 'Point'],
  properties: TransportProperties,
};
