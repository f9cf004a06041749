import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import plugins from '../esbuild-plugins.mjs';

/** The output files Node loads before the handler runs: the entry and what it imports statically. */
function loadedAtStart(outputs: Metafile['outputs'], entry: string) {
  const loaded = new Set<string>();
  const visit = (path: string) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const i of outputs[path]?.imports ?? []) {
      if (!i.external && i.kind === 'import-statement') visit(i.path);
    }
  };
  visit(entry);
  return [...loaded];
}

/**
 * The esbuild settings SST uses for a `nodejs22.x` function with `splitting` on
 * (pkg/runtime/node/build.go): ESM for Node, target ES2023, minified, every dependency (the
 * AWS SDK v3 included) bundled and tree-shaken, what is only imported dynamically in chunks
 * of its own, and a banner giving ESM code `require`, `__filename` and `__dirname`.
 */
export async function bundleLambda(entry: string, outdir: string) {
  const file = join(outdir, 'bundle.mjs');
  // chunk names carry a hash: a chunk of an earlier build must not linger beside this one
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { bundle: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2023',
    mainFields: ['module', 'main'],
    external: ['sharp', 'pg-native'],
    // SST's default keeps names; infra/api.ts turns that off for the function, and so do we
    keepNames: false,
    plugins,
    minify: true,
    metafile: true,
    logLevel: 'warning',
    banner: {
      js: [
        `import { createRequire as topLevelCreateRequire } from 'module';`,
        'const require = topLevelCreateRequire(import.meta.url);',
        `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
        'const __filename = topLevelFileUrlToPath(import.meta.url)',
        'const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))',
      ].join('\n'),
    },
  });
  const { outputs } = result.metafile;
  const paths = Object.keys(outputs);
  const atStart = loadedAtStart(outputs, paths.find((p) => resolve(p) === file) ?? file);
  const total = (list: string[]) => list.reduce((sum, p) => sum + (outputs[p]?.bytes ?? 0), 0);
  return {
    file,
    /** Every file of the function: the entry and all its chunks. */
    bytes: total(paths),
    /** What a cold start loads: the entry and the chunks it imports statically. */
    startBytes: total(atStart),
    files: paths.length,
    inputs: Object.keys(result.metafile.inputs),
    /** Source files in what a cold start loads. */
    startInputs: [...new Set(atStart.flatMap((p) => Object.keys(outputs[p]?.inputs ?? {})))],
    /** What the bundle still imports at run time. */
    externals: [
      ...new Set(
        paths.flatMap((p) =>
          (outputs[p]?.imports ?? []).filter((i) => i.external).map((i) => i.path),
        ),
      ),
    ],
  };
}

export const HANDLER_ENTRY = new URL('../src/api.ts', import.meta.url).pathname;
export const OUT_DIR = new URL('../dist/', import.meta.url).pathname;

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
