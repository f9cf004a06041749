// esbuild plugins for the Lambda bundle, used by SST (`nodejs.plugins` in infra/api.ts) and by
// scripts/build.ts alike.
import { existsSync } from 'node:fs';
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

/**
 * Resolves deep imports of graphql (`graphql/language/parser`, as graphql-armor writes them)
 * to graphql's ES modules, as its main entry already is: otherwise they land on the CommonJS
 * files and the bundle carries a second graphql parser, with its own GraphQLError class.
 */
const oneGraphql = {
  name: 'one-graphql',
  setup(build) {
    build.onResolve({ filter: /^graphql\/./ }, async (args) => {
      if (args.pluginData === 'one-graphql') return undefined;
      const { path, errors } = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'one-graphql',
      });
      const esm = path.replace(/\.js$/, '.mjs');
      return errors.length === 0 && esm !== path && existsSync(esm) ? { path: esm } : undefined;
    });
  },
};

export default [requireBuiltins, oneGraphql];
