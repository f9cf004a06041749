import { existsSync, readFileSync } from 'node:fs';
import { tables as definitions } from '@grassroots/core/tables';
import { beforeAll, describe, expect, it } from 'vitest';
import { partitionOf, stageFor, stageProblems, stages } from '../../infra/regions.ts';
import { API_TABLE_ACTIONS } from '../../infra/tables.ts';
import { readConfig } from '../../packages/functions/src/config.ts';
import { deployStage, linkOf, resolve } from './sst-stand-in.ts';

let config: SstConfig;
beforeAll(async () => {
  // the stand-in's globals are in place before sst.config.ts is evaluated
  config = (await import('../../sst.config.ts')).default;
});

type Deployment = Awaited<ReturnType<typeof deployStage>>;
const only = (deployment: Deployment, type: string) => {
  const found = deployment.of(type);
  expect(found).toHaveLength(1);
  return found[0] as NonNullable<(typeof found)[number]>;
};

/** Every string in a value, however deeply nested. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(strings)
      : [];

describe('the regions file', () => {
  it('lists the four regions, production in the AWS China regions', () => {
    expect(stages.map((s) => s.stage)).toEqual(['chifeng', 'tongliao', 'alxa', 'wuhai']);
    for (const stage of stages) {
      expect(stage.production).toBe(true);
      expect(['cn-north-1', 'cn-northwest-1']).toContain(stage.awsRegion);
      expect(partitionOf(stage.awsRegion)).toBe('aws-cn');
    }
  });

  it('refuses production outside China, duplicates and malformed entries', () => {
    const good = stages[0] as (typeof stages)[number];
    expect(stageProblems([...stages])).toEqual([]);
    expect(
      stageProblems([
        good,
        { ...good },
        { ...good, stage: 'hk', awsRegion: 'ap-east-1' },
        { ...good, stage: 'Bad Name', divisionCode: '1504', corsOrigins: ['http://x.cn/'] },
      ]),
    ).toEqual([
      'stage "chifeng": listed twice',
      'stage "hk": production stages must run in cn-north-1 or cn-northwest-1',
      'stage "Bad Name": name must match /^[a-z][a-z0-9-]{1,30}$/',
      'stage "Bad Name": division code must be six digits',
      'stage "Bad Name": CORS origin http://x.cn/ must be https://host',
    ]);
  });
});

describe.each(stages.map((s) => s.stage))('sst deploy --stage %s', (name) => {
  const stage = stageFor(name);
  let deployment: Deployment;
  beforeAll(async () => {
    deployment = await deployStage(config, name);
  });

  it('targets the stage region and keeps production data on removal', () => {
    expect(deployment.app).toEqual({
      name: 'grassroots',
      home: 'aws',
      removal: 'retain',
      protect: true,
      providers: { aws: { region: stage.awsRegion } },
    });
  });

  it('declares every table of the definition module with its keys and indexes', () => {
    const declared = deployment.of('sst.aws.Dynamo');
    expect(declared.map((t) => t.name).sort()).toEqual(
      Object.values(definitions)
        .map((d) => d.name)
        .sort(),
    );
    for (const def of Object.values(definitions)) {
      const table = declared.find((t) => t.name === def.name);
      expect(table?.args).toMatchObject({
        fields: def.fields,
        primaryIndex: def.primaryIndex,
        globalIndexes: def.globalIndexes,
        deletionProtection: true,
      });
      // tables with an expiry attribute (the audit trail) get DynamoDB's TTL on it
      expect(table?.args.ttl).toBe((def as { ttl?: string }).ttl);
      // the transform SST applies to the underlying aws.dynamodb.Table
      const tableArgs: Record<string, unknown> = {};
      const transform = (table?.args.transform as sst.aws.DynamoArgs['transform'])?.table;
      if (typeof transform === 'function') transform(tableArgs, {}, def.name);
      expect(tableArgs).toEqual({ pointInTimeRecovery: { enabled: true } });
    }
  });

  it('links the function to every table with least privilege, in the stage partition', () => {
    const fn = only(deployment, 'sst.aws.Function');
    const link = fn.args.link as object[];
    const tables = deployment.of('sst.aws.Dynamo');
    // every table, and the secret that signs tokens
    expect(link).toHaveLength(tables.length + 1);
    expect(link).toContain(only(deployment, 'sst.Secret').component);
    for (const table of tables) {
      expect(link).toContain(table.component);
      const { include } = linkOf(table.component);
      const tableArn = resolve((table.component as sst.aws.Dynamo).arn) as string;
      expect(tableArn.startsWith(`arn:${partitionOf(stage.awsRegion)}:dynamodb:`)).toBe(true);
      expect(include).toEqual([
        {
          kind: 'permission',
          actions: API_TABLE_ACTIONS,
          resources: [tableArn, `${tableArn}/index/*`],
        },
      ]);
    }
    expect(API_TABLE_ACTIONS).not.toContain('dynamodb:Scan');
    expect(API_TABLE_ACTIONS.every((a) => a.startsWith('dynamodb:') && !a.includes('*'))).toBe(
      true,
    );
  });

  it('gives the handler the table names it reads, from the links SST injects', () => {
    const fn = only(deployment, 'sst.aws.Function');
    // SST passes each linked component's properties under its component name.
    const injected = Object.fromEntries(
      [...deployment.of('sst.aws.Dynamo'), ...deployment.of('sst.Secret')].map((linked) => [
        linked.name,
        linkOf(linked.component).properties,
      ]),
    );
    const env = resolve(fn.args.environment) as Record<string, string>;
    const handlerConfig = readConfig(injected, env);
    expect(Object.values(handlerConfig.tableNames)).toEqual(
      deployment.of('sst.aws.Dynamo').map((t) => resolve((t.component as sst.aws.Dynamo).name)),
    );
    expect(handlerConfig.corsOrigins).toEqual([deployment.outputs.console]);
    expect(handlerConfig.graphiql).toBe(false);
    expect(handlerConfig.production).toBe(stage.production);
    expect(handlerConfig.auditRetentionDays).toBeGreaterThanOrEqual(180);
    expect(handlerConfig.secret.length).toBeGreaterThanOrEqual(32);
    expect(handlerConfig.endpoint).toBeUndefined();
  });

  it('runs the handler on Node 22 behind API Gateway, not a function URL', () => {
    const fn = only(deployment, 'sst.aws.Function');
    expect(fn.args).toMatchObject({
      handler: 'packages/functions/src/api.handler',
      runtime: 'nodejs22.x',
      // one whole vCPU: the cold start is CPU-bound
      memory: '1769 MB',
      url: false,
      nodejs: {
        format: 'esm',
        minify: true,
        splitting: true,
        esbuild: { keepNames: false },
        plugins: 'packages/functions/esbuild-plugins.mjs',
      },
    });
    expect(existsSync('packages/functions/src/api.ts')).toBe(true);
    const gateway = only(deployment, 'sst.aws.ApiGatewayV2');
    expect(gateway.args).toEqual({ cors: false });
    expect((gateway.component as unknown as { routes: unknown[] }).routes).toEqual([
      { route: 'ANY /graphql', handler: resolve((fn.component as sst.aws.Function).arn) },
    ]);
  });

  it('builds the console with the API URL and outputs both URLs', () => {
    const site = only(deployment, 'sst.aws.StaticSite');
    expect(resolve(site.args)).toMatchObject({
      path: 'web',
      build: { command: 'npm run build', output: 'dist' },
      environment: {
        VITE_GRAPHQL_URL: deployment.outputs.graphql,
        VITE_REGION_NAME: stage.name,
        VITE_DIVISION_CODE: stage.divisionCode,
      },
    });
    expect(deployment.outputs.graphql).toMatch(
      new RegExp(
        `^https://[a-z0-9]+\\.execute-api\\.${stage.awsRegion}\\.amazonaws\\.com\\.cn/graphql$`,
      ),
    );
    expect(deployment.outputs.console).toMatch(/^https:\/\//);
    expect(deployment.outputs.awsRegion).toBe(stage.awsRegion);
  });

  it('assumes the aws partition nowhere', () => {
    const links = deployment.of('sst.aws.Dynamo').map((t) => linkOf(t.component));
    const everything = strings(resolve([deployment.recorded.map((r) => r.args), links]));
    const arns = everything.filter((s) => s.includes('arn:'));
    expect(arns.length).toBeGreaterThan(0);
    for (const value of arns) expect(value).toMatch(/^arn:aws-cn:/);
  });
});

describe('a developer stage (not in the regions file)', () => {
  let deployment: Deployment;
  beforeAll(async () => {
    deployment = await deployStage(config, 'alice');
  });

  it('is removable, unprotected, without deletion protection or backups, with GraphiQL', () => {
    expect(deployment.app).toMatchObject({ removal: 'remove', protect: false });
    expect(deployment.app.providers.aws.region).toBe('cn-northwest-1');
    for (const table of deployment.of('sst.aws.Dynamo')) {
      expect(table.args.deletionProtection).toBe(false);
    }
    const env = resolve(only(deployment, 'sst.aws.Function').args.environment);
    expect(env).toMatchObject({ GRAPHIQL: 'true' });
  });
});

describe('a stage with an ICP-recorded console domain', () => {
  it('serves the console on it with the IAM certificate and allows it in CORS', async () => {
    // the stage list is the module's own array: swap in a copy of chifeng with a domain
    const list = stages as (typeof stages)[number][];
    const chifeng = list[0] as (typeof stages)[number];
    const withDomain = {
      ...chifeng,
      console: { domain: 'dj.chifeng.example.cn', iamCertificateId: 'ASCAEXAMPLECERT' },
      corsOrigins: ['https://dashboard.example.gov.cn'],
    };
    list[0] = withDomain;
    try {
      const deployment = await deployStage(config, 'chifeng');
      const site = only(deployment, 'sst.aws.StaticSite');
      expect(site.args.domain).toEqual({
        name: 'dj.chifeng.example.cn',
        dns: false,
        cert: 'ASCAEXAMPLECERT',
      });
      const cdn: sst.aws.CdnArgs = {};
      const transform = (site.args.transform as sst.aws.StaticSiteArgs['transform'])?.cdn;
      if (typeof transform === 'function') transform(cdn, {}, 'Console');
      const distribution: sst.aws.DistributionArgs = {};
      const distributionTransform = cdn.transform?.distribution;
      if (typeof distributionTransform === 'function')
        distributionTransform(distribution, {}, 'Console');
      expect(distribution.viewerCertificate).toEqual({
        iamCertificateId: 'ASCAEXAMPLECERT',
        sslSupportMethod: 'sni-only',
        minimumProtocolVersion: 'TLSv1.2_2021',
      });
      expect(deployment.outputs.console).toBe('https://dj.chifeng.example.cn');
      const env = resolve(only(deployment, 'sst.aws.Function').args.environment);
      expect(env).toMatchObject({
        CORS_ORIGINS: 'https://dj.chifeng.example.cn,https://dashboard.example.gov.cn',
      });
    } finally {
      list[0] = chifeng;
    }
  });
});

describe('the infra sources', () => {
  it('write no ARN, partition or service endpoint by hand', () => {
    for (const file of ['sst.config.ts', 'infra/tables.ts', 'infra/api.ts', 'infra/web.ts']) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/arn:aws|amazonaws\.com|cloudfront\.net/);
    }
  });
});
