import type { Stage } from './regions.ts';
import type { Tables } from './tables.ts';

/**
 * The HTTP endpoint: an API Gateway HTTP API rather than a Lambda function URL, because
 * function URLs do not exist in the China regions. API Gateway's own CORS handling stays off
 * so preflights reach the function, which answers from the stage's allow-list.
 */
export function createGateway() {
  return new sst.aws.ApiGatewayV2('Api', { cors: false });
}

/** The GraphQL function behind `ANY /graphql`, linked to every table. */
export function createGraphqlFunction(
  stage: Stage,
  gateway: sst.aws.ApiGatewayV2,
  tables: Tables,
  consoleUrl: $util.Output<string>,
) {
  // signs the API's tokens; set once per stage: `sst secret set JwtSecret <32+ random bytes> --stage <stage>`
  const jwtSecret = new sst.Secret('JwtSecret');
  const corsOrigins = consoleUrl.apply((url) => [url, ...(stage.corsOrigins ?? [])].join(','));
  const fn = new sst.aws.Function('Graphql', {
    description: `GraphQL API, ${stage.name} (${stage.divisionCode})`,
    handler: 'packages/functions/src/api.handler',
    runtime: 'nodejs22.x',
    // SST's default; arm64 is cheaper, to be chosen once confirmed in both China regions.
    architecture: 'x86_64',
    // Lambda gives CPU in proportion to memory, one whole vCPU at 1,769 MB. A cold start is
    // CPU-bound work on one thread (compiling the bundle, building the schema), so less memory
    // stretches it: at 1,024 MB the function would get about 0.58 of a vCPU.
    memory: '1769 MB',
    // API Gateway gives up after 30 s; the function stops first with an answer.
    timeout: '29 seconds',
    // no keepNames: its wrapper around every function costs cold-start time (see docs/deploy.md)
    nodejs: {
      format: 'esm',
      minify: true,
      // what is only imported dynamically (the SDK's unused credential providers) is left
      // in chunks a cold start does not load
      splitting: true,
      esbuild: { keepNames: false },
      plugins: 'packages/functions/esbuild-plugins.mjs',
    },
    url: false,
    link: [...Object.values(tables), jwtSecret],
    environment: {
      CORS_ORIGINS: corsOrigins,
      GRAPHIQL: String(!stage.production),
      PRODUCTION: String(stage.production),
      AUDIT_RETENTION_DAYS: String(stage.auditRetentionDays ?? 180),
    },
    logging: { retention: stage.production ? '1 year' : '1 month', format: 'json' },
  });
  gateway.route('ANY /graphql', fn.arn);
  return fn;
}
