// esbuild plugins for the Lambda bundle, used by SST (`nodejs.plugins` in infra/api.ts) and by
// scripts/build.ts alike.
import { builtinModules } from 'node:module';

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/**
 * Loads Node's built-in modules through `require` rather than `import`: an ESM import of a
 * built-in makes Node build a facade that reads every export, and reading node:http's lazy
 * WebSocket export loads undici, some 40 ms of a cold start for nothing.
 */
const requireBuiltins = {
  name: 'require-builtins',
  setup(build) {
    build.onResolve({ filter: /^(node:)?[a-z_/0-9]+$/ }, (args) =>
      args.kind === 'import-statement' && builtins.has(args.path)
        ? { path: args.path, namespace: 'builtin-require' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'builtin-require' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

export default [requireBuiltins];
