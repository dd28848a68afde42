import { readFileSync } from 'node:fs';
import { SiteConfig, describeConfigIssues } from '../../src/config/site-config.ts';

/**
 * Reads a deployment's `site-config.json` for the servers. Unlike the page, which falls back
 * to defaults, a server refuses an invalid file: its CSP would not match what the page does.
 */
export function readSiteConfig(path: string): SiteConfig {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = SiteConfig.safeParse(json);
  if (!parsed.success) throw new Error(`${path}:\n${describeConfigIssues(parsed.error)}`);
  return parsed.data;
}
