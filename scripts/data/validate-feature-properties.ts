import type { FeatureCollection } from 'geojson';
import type { z } from 'zod';
import type { FeatureContract } from '../../src/layers/layer-module.ts';
import { featureIdOf, type DataIssue } from '../../src/geo/validate-geojson.ts';

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
 * Checks every feature of a collection against its layer's contract: its geometry type (rule
 * `geometry-type`), its properties (rule `property-invalid`, one issue per bad property, the
 * property named first in the message) and the contract's own checks across features and
 * tables (rule `property-invalid`). The feature's id counts wherever it is written. Run after
 * `validateGeojson`, which has already checked the coordinates themselves.
 */
export function validateFeatureProperties(
  collection: FeatureCollection,
  contract: FeatureContract,
  file: string,
  tables: ReadonlyMap<string, readonly unknown[]> = new Map(),
): DataIssue[] {
  const issues: DataIssue[] = [];
  collection.features.forEach((feature, index) => {
    const id = featureIdOf(feature);
    const label = id ?? `#${index}`;
    const type = feature.geometry?.type ?? 'null';
    if (!(contract.geometry as readonly string[]).includes(type)) {
      issues.push({
        file,
        feature: label,
        rule: 'geometry-type',
        message: `geometry is ${type}; a ${contract.name} must be a ${contract.geometry.join(' or ')}`,
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
    const result = contract.properties.safeParse({ ...properties, id }, { reportInput: true });
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
  for (const problem of contract.check?.(collection, tables) ?? []) {
    issues.push({
      file,
      feature: problem.feature,
      rule: 'property-invalid',
      message: problem.message,
      ...(problem.property ? { property: problem.property } : {}),
    });
  }
  return issues;
}
