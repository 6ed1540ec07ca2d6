// Loads a TypeScript module of src/ for node's test runner: the TypeScript compiler (a dev dependency)
// strips the types into a temporary .mjs, so the unit tests need no bundler.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const out = mkdtempSync(join(tmpdir(), 'sg-webui-unit-'));

export async function load(path) {
  const js = ts.transpileModule(readFileSync(join(src, path), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const file = join(out, path.replace(/[\\/]/g, '_').replace(/\.tsx?$/, '.mjs'));
  writeFileSync(file, js);
  return import(pathToFileURL(file).href);
}
