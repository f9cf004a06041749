/**
 * A recording stand-in for SST's platform globals ($config, $app, $interpolate, sst.*):
 * components record the arguments they were given, and outputs are plain known values
 * shaped like the ones AWS returns in the stage's region and partition. SST itself cannot
 * run here (it downloads Pulumi), so the infra modules run against this instead.
 */
import { partitionOf } from '../../infra/regions.ts';

const ACCOUNT = '123456789012';

/** An output whose value is already known. */
export class Known<T> implements $util.Output<T> {
  constructor(readonly value: T) {}
  apply<U>(fn: (value: T) => $util.Input<U>): Known<U> {
    const result = fn(this.value);
    return result instanceof Known ? result : new Known(result as U);
  }
}

/** The value with every output inside it replaced by its known value. */
export function resolve(value: unknown): unknown {
  if (value instanceof Known) return resolve(value.value);
  if (Array.isArray(value)) return value.map(resolve);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
  }
  return value;
}

export interface Recorded {
  type: string;
  name: string;
  args: Record<string, unknown>;
  component: object;
}

interface Context {
  app: string;
  stage: string;
  awsRegion: string;
}

let context: Context = { app: 'app', stage: 'stage', awsRegion: 'cn-north-1' };
let recorded: Recorded[] = [];
const linkDefinitions = new Map<unknown, (resource: never) => LinkDefinition>();

interface LinkDefinition {
  properties: Record<string, unknown>;
  include?: unknown[];
}

const arn = (service: string, resource: string) =>
  `arn:${partitionOf(context.awsRegion)}:${service}:${context.awsRegion}:${ACCOUNT}:${resource}`;
const physical = (name: string) => `${context.app}-${context.stage}-${name}`;
const china = () => partitionOf(context.awsRegion) === 'aws-cn';

function record(component: object, type: string, name: string, args: object = {}) {
  if (recorded.some((r) => r.type === type && r.name === name)) {
    throw new Error(`${type} "${name}" declared twice`);
  }
  recorded.push({ type, name, args: args as Record<string, unknown>, component });
}

class Dynamo {
  readonly name: Known<string>;
  readonly arn: Known<string>;
  constructor(name: string, args: sst.aws.DynamoArgs) {
    this.name = new Known(physical(`${name}Table`));
    this.arn = new Known(arn('dynamodb', `table/${this.name.value}`));
    record(this, 'sst.aws.Dynamo', name, args);
  }
}

class LambdaFunction {
  readonly name: Known<string>;
  readonly arn: Known<string>;
  constructor(name: string, args: sst.aws.FunctionArgs) {
    this.name = new Known(physical(`${name}Function`));
    this.arn = new Known(arn('lambda', `function:${this.name.value}`));
    record(this, 'sst.aws.Function', name, args);
  }
}

/** A stage secret; its value is what `sst secret set` stored (here a fixed 32-byte string). */
class Secret {
  readonly value: Known<string>;
  constructor(name: string) {
    this.value = new Known(`${name}-value-for-tests-0123456789abcdef`);
    record(this, 'sst.Secret', name);
  }
}

class ApiGatewayV2 {
  readonly url: Known<string>;
  readonly routes: { route: string; handler: unknown }[] = [];
  constructor(name: string, args?: sst.aws.ApiGatewayV2Args) {
    const host = `a1b2c3d4e5.execute-api.${context.awsRegion}.amazonaws.com${china() ? '.cn' : ''}`;
    this.url = new Known(`https://${host}`);
    record(this, 'sst.aws.ApiGatewayV2', name, args);
  }
  route(route: string, handler: unknown) {
    this.routes.push({ route, handler: resolve(handler) });
    return {};
  }
}

class StaticSite {
  readonly url: Known<string>;
  constructor(name: string, args: sst.aws.StaticSiteArgs) {
    const cloudfront = `https://d1a2b3c4d5e6f7.cloudfront.${china() ? 'cn' : 'net'}`;
    this.url = new Known(args.domain ? `https://${args.domain.name}` : cloudfront);
    record(this, 'sst.aws.StaticSite', name, args);
  }
}

const Linkable = {
  wrap(cls: unknown, definition: (resource: never) => LinkDefinition) {
    linkDefinitions.set(cls, definition);
  },
};

/** What linking `component` gives a function: SST's link properties and permissions. */
export function linkOf(component: object): LinkDefinition {
  // SST links a secret as its value, with no permissions
  if (component instanceof Secret) return { properties: { value: component.value.value } };
  const definition = linkDefinitions.get(component.constructor);
  if (!definition) throw new Error(`${component.constructor.name} has no link definition`);
  return resolve(definition(component as never)) as LinkDefinition;
}

const globals = {
  $config: (config: SstConfig) => config,
  $interpolate: (literals: TemplateStringsArray, ...values: unknown[]) =>
    new Known(literals.reduce((text, part, i) => text + String(resolve(values[i - 1])) + part)),
  sst: {
    Linkable,
    Secret,
    aws: {
      Dynamo,
      Function: LambdaFunction,
      ApiGatewayV2,
      StaticSite,
      permission: (args: sst.aws.PermissionArgs) => ({ kind: 'permission', ...args }),
    },
  },
};
Object.assign(globalThis, globals);
Object.defineProperty(globalThis, '$app', {
  configurable: true,
  get: () => ({ name: context.app, stage: context.stage }),
});

/** Runs the app for one stage as `sst deploy --stage <stage>` would, recording everything. */
export async function deployStage(config: SstConfig, stage: string) {
  const app = await config.app({ stage });
  context = { app: app.name, stage, awsRegion: app.providers.aws.region };
  recorded = [];
  linkDefinitions.clear();
  const outputs = resolve(await config.run()) as Record<string, string>;
  const of = (type: string) => recorded.filter((r) => r.type === type);
  return { app, outputs, recorded, of };
}
