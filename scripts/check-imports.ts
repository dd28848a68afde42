/**
 * The import graph of `src/`, checked: every top folder imports only the folders below it
 * (ALLOWED), no two folders import each other, and no file imports itself through others.
 * Type-only imports count; tests are left out (a test may reach across to build its case).
 *   tsx scripts/check-imports.ts          prints the folder graph and any problem (exit 1)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What each folder of `src/` may import, bottom to top. The root entry files may import all. */
export const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  model: [],
  theme: [],
  i18n: ['model'],
  config: ['model'],
  data: ['model'],
  geo: ['model'],
  state: ['model'],
  plan: ['model', 'geo'],
  layers: ['model', 'theme', 'geo', 'plan'],
  search: ['model', 'plan', 'layers'],
  import: ['model', 'config', 'geo', 'plan'],
  map: ['model', 'theme', 'i18n', 'config', 'geo', 'layers'],
  export: ['model', 'theme', 'geo', 'plan', 'layers'],
  ui: [
    'model',
    'theme',
    'i18n',
    'config',
    'data',
    'geo',
    'state',
    'plan',
    'layers',
    'search',
    'import',
    'map',
    'export',
  ],
  embed: ['model', 'theme', 'i18n', 'config', 'state', 'plan', 'layers', 'map', 'ui'],
};

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|import\s+['"](\.[^'"]+\.tsx?)['"]/g;

/** Every source file under `dir` (tests and fixtures left out). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith('__') ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The file-level import graph: file → files it imports (within `src/`). */
export function importGraph(src: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)]
      .map((m) => resolve(dirname(file), (m[1] ?? m[2] ?? m[3])!))
      .filter((t) => t.startsWith(src + sep) && /\.tsx?$/.test(t));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The top folder of a file (`(root)` for files directly in `src/`). */
const folderOf = (src: string, file: string) => {
  const parts = relative(src, file).split(sep);
  return parts.length > 1 ? parts[0]! : '(root)';
};

/** The folder graph: folder → folders it imports. */
export function folderGraph(src: string, graph: Map<string, string[]>): Map<string, Set<string>> {
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = folderOf(src, file);
    for (const target of targets) {
      const to = folderOf(src, target);
      if (to === from) continue;
      if (!folders.has(from)) folders.set(from, new Set());
      folders.get(from)!.add(to);
    }
  }
  return folders;
}

/** Groups of files that import each other in a circle (Tarjan's strongly connected components). */
export function fileCycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const meta = new Map<string, { index: number; low: number }>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    meta.set(v, { index, low: index });
    index++;
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!meta.has(w)) {
        visit(w);
        meta.get(v)!.low = Math.min(meta.get(v)!.low, meta.get(w)!.low);
      } else if (on.has(w)) meta.get(v)!.low = Math.min(meta.get(v)!.low, meta.get(w)!.index);
    }
    if (meta.get(v)!.low === meta.get(v)!.index) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component);
    }
  };
  for (const v of graph.keys()) if (!meta.has(v)) visit(v);
  return cycles;
}

/** Every problem of the graph, as sentences; empty when the house has its shape. */
export function importProblems(src: string): string[] {
  const graph = importGraph(src);
  const folders = folderGraph(src, graph);
  const problems: string[] = [];
  for (const [from, tos] of folders) {
    if (from === '(root)') continue;
    const allowed = ALLOWED[from];
    if (!allowed) {
      problems.push(`src/${from}/ is not in the table of folders (scripts/check-imports.ts)`);
      continue;
    }
    for (const to of tos) {
      if (to === '(root)') problems.push(`src/${from}/ imports an entry file of src/`);
      else if (!allowed.includes(to)) problems.push(`src/${from}/ may not import src/${to}/`);
      if (folders.get(to)?.has(from) && from < to)
        problems.push(`src/${from}/ and src/${to}/ import each other`);
    }
  }
  for (const cycle of fileCycles(graph))
    problems.push(
      `files import each other in a circle: ${cycle.map((f) => relative(src, f)).join(' → ')}`,
    );
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const src = resolve('src');
  const folders = folderGraph(src, importGraph(src));
  for (const [from, tos] of [...folders].sort())
    console.log(`${from.padEnd(8)} → ${[...tos].sort().join(', ')}`);
  const problems = importProblems(src);
  for (const problem of problems) console.error(`✗ ${problem}`);
  console.log(
    problems.length
      ? `${problems.length} problem(s)`
      : 'no folder imports one above it, no two folders import each other, no file circle',
  );
  process.exit(problems.length ? 1 : 0);
}
