import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor, LIBRARIES } from '.';

/**
 * The registry is the only place a UI library is named: generic code under lib/fill and
 * lib/check asks the adapters. Adding a library is one adapter file plus one replica, so no
 * other file may name a library's classes or id. Comments may mention them (as examples).
 */

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SCANNED = ['lib/fill', 'lib/check'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'adapters' ? [] : sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$|\.generated\.ts$/.test(name) ? [path] : [];
  });
}

/** The code without comments (a line comment starts at // not preceded by a colon or quote). */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where the code names a library: a class with its prefix, or its id as a string. */
function namesOfLibraries(code: string): string[] {
  const found: string[] = [];
  const plain = withoutComments(code);
  for (const adapter of LIBRARIES) {
    for (const prefix of adapter.classPrefixes) {
      const pattern = new RegExp(`[.'"\`\\s,(]${escaped(prefix)}[a-z_]`, 'g');
      for (const match of plain.match(pattern) ?? []) found.push(match.trim());
    }
    const id = new RegExp(`['"\`]${escaped(adapter.id)}['"\`]`, 'g');
    for (const match of plain.match(id) ?? []) found.push(match);
  }
  return found;
}

describe('the adapter registry', () => {
  it('lists each library once, with the native base first', () => {
    const ids = ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('native');
    for (const adapter of LIBRARIES) {
      expect(adapter.classPrefixes.length, adapter.id).toBeGreaterThan(0);
      expect(adapter.recognise, adapter.id).toBeTypeOf('function');
    }
  });

  it('answers the base adapter for a framework it does not know', () => {
    expect(adapterFor('some-future-library').id).toBe('native');
  });

  it('finds a library named in code but not in comments', () => {
    const [library] = LIBRARIES;
    const prefix = library.classPrefixes[0] ?? '';
    expect(namesOfLibraries(`const a = '.${prefix}thing';`)).not.toEqual([]);
    expect(namesOfLibraries(`if (framework === '${library.id}') {}`)).not.toEqual([]);
    expect(
      namesOfLibraries(`// the .${prefix}thing of ${library.id}\n/* '${library.id}' */ const b = 1;`),
    ).toEqual([]);
  });

  it('is the only place under lib/fill and lib/check that names a library', () => {
    const offenders = SCANNED.flatMap((dir) =>
      sources(join(ROOT, dir)).flatMap((path) =>
        namesOfLibraries(readFileSync(path, 'utf8')).map((name) => `${relative(ROOT, path)}: ${name}`),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
