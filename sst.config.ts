/// <reference path="./infra/sst-platform.d.ts" />

// SST evaluates this file before installing its providers: no top-level imports, every
// module is loaded where it is used.
export default $config({
  async app(input) {
    const { stageFor } = await import('./infra/regions.ts');
    const stage = stageFor(input.stage);
    return {
      name: 'grassroots',
      home: 'aws',
      // Production stages keep their tables on `sst remove`, and refuse it outright.
      removal: stage.production ? 'retain' : 'remove',
      protect: stage.production,
      providers: { aws: { region: stage.awsRegion } },
    };
  },
  async run() {
    const { stageFor } = await import('./infra/regions.ts');
    const { createTables } = await import('./infra/tables.ts');
    const { createGateway, createGraphqlFunction } = await import('./infra/api.ts');
    const { createWeb } = await import('./infra/web.ts');
    const stage = stageFor($app.stage);
    const tables = createTables(stage);
    const gateway = createGateway();
    const graphqlUrl = $interpolate`${gateway.url}/graphql`;
    const web = createWeb(stage, graphqlUrl);
    createGraphqlFunction(stage, gateway, tables, web.url);
    return { graphql: graphqlUrl, console: web.url, awsRegion: stage.awsRegion };
  },
});
