import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(ROOT, folder, name));
}

/** Module specifiers imported for their value (`import type` is erased and does not load anything). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(?!type\s)([^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    found.push(match[3]!);
  }
  for (const match of text.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]!);
  return found;
}

describe('where Electron may be loaded', () => {
  it('only src-main/electron/main.ts loads electron in the main process code', () => {
    const loaders = [...sources('src-main'), ...sources('db')]
      .filter((file) => runtimeImports(file).includes('electron'))
      .map((file) => relative(ROOT, file));
    expect(loaders).toEqual([join('src-main', 'electron', 'main.ts')]);
  });

  it('the preload loads nothing but electron and the dependency-free bridge constants', () => {
    const preload = join(ROOT, 'src-preload', 'index.ts');
    expect(runtimeImports(preload).sort()).toEqual(['../src-main/electron/bridge.ts', 'electron']);
    expect(runtimeImports(join(ROOT, 'src-main', 'electron', 'bridge.ts'))).toEqual([]);
  });

  // A sandboxed preload can require only `electron`: a bundled `require('zod')` would fail at run time.
  it('the built preload requires only electron (npm test builds before testing)', () => {
    const built = readFileSync(join(ROOT, 'out', 'preload', 'preload.cjs'), 'utf8');
    const required = [...built.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(built).not.toMatch(/^\s*import\s/m);
  });
});
