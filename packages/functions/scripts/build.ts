import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import plugins from '../esbuild-plugins.mjs';

/**
 * The esbuild settings SST uses for a `nodejs22.x` function (pkg/runtime/node/build.go):
 * one ESM file for Node, target ES2023, minified, every dependency (the AWS SDK
 * v3 included) bundled and tree-shaken, and a banner giving ESM code `require`,
 * `__filename` and `__dirname`.
 */
export async function bundleLambda(entry: string, outdir: string) {
  const file = join(outdir, 'bundle.mjs');
  const result = await build({
    entryPoints: [entry],
    outfile: file,
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
  const { size } = await stat(file);
  const output = Object.values(result.metafile.outputs)[0];
  return {
    file,
    bytes: size,
    inputs: Object.keys(result.metafile.inputs),
    /** What the bundle still imports at run time. */
    externals: (output?.imports ?? []).filter((i) => i.external).map((i) => i.path),
  };
}

export const HANDLER_ENTRY = new URL('../src/api.ts', import.meta.url).pathname;
export const OUT_DIR = new URL('../dist/', import.meta.url).pathname;

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
