/**
 * The part of SST's platform globals this app uses, declared by hand.
 *
 * SST generates the full declarations (`.sst/platform/config.d.ts`) only in `sst install`,
 * which downloads Pulumi and cannot run offline; these keep `sst.config.ts` and `infra/`
 * type-checked in `npm run check` and in the tests, which run them against a recording
 * stand-in. The shapes follow SST's component arguments (sst.aws.Dynamo, Function,
 * ApiGatewayV2, StaticSite); anything not used here is left out.
 */

declare namespace $util {
  interface Output<T> {
    apply<U>(fn: (value: T) => Input<U>): Output<U>;
  }
  type Input<T> = T | Output<T> | Promise<T>;
}

/** Mutates the arguments of the resource a component creates underneath. */
type SstTransform<T> = Partial<T> | ((args: T, opts: unknown, name: string) => undefined);

declare namespace sst {
  /** A secret set per stage with `sst secret set <Name> <value> --stage <stage>`. */
  class Secret {
    constructor(name: string, placeholder?: string);
    readonly value: $util.Output<string>;
  }

  const Linkable: {
    /** Changes what linking a component of `cls` gives: its properties and IAM permissions. */
    wrap<C>(
      cls: abstract new (...args: never[]) => C,
      definition: (resource: C) => { properties: Record<string, unknown>; include?: unknown[] },
    ): void;
  };

  namespace aws {
    interface PermissionArgs {
      actions: string[];
      resources: $util.Input<$util.Input<string>[]>;
    }
    function permission(args: PermissionArgs): unknown;

    interface DynamoIndex {
      hashKey: string;
      rangeKey?: string;
      /** Non-key attributes to hold (INCLUDE), or only the keys; default all. */
      projection?: 'all' | 'keys-only' | readonly string[];
    }
    interface DynamoArgs {
      fields: Record<string, 'string' | 'number' | 'binary'>;
      primaryIndex: DynamoIndex;
      globalIndexes?: Record<string, DynamoIndex>;
      deletionProtection?: boolean;
      /** Attribute whose epoch-seconds value makes DynamoDB delete the item. */
      ttl?: string;
      transform?: {
        /** Arguments of the underlying `aws.dynamodb.Table`. */
        table?: SstTransform<{ pointInTimeRecovery?: { enabled: boolean } }>;
      };
    }
    class Dynamo {
      constructor(name: string, args: DynamoArgs);
      readonly name: $util.Output<string>;
      readonly arn: $util.Output<string>;
    }

    interface FunctionArgs {
      handler: string;
      runtime?: 'nodejs22.x';
      architecture?: 'x86_64' | 'arm64';
      memory?: `${number} MB`;
      timeout?: `${number} seconds`;
      description?: string;
      link?: unknown[];
      url?: boolean;
      environment?: Record<string, $util.Input<string>>;
      nodejs?: {
        format?: 'esm' | 'cjs';
        minify?: boolean;
        /** Modules imported only dynamically go to chunks of their own. */
        splitting?: boolean;
        esbuild?: { keepNames?: boolean };
        /** A file whose default export is a list of esbuild plugins. */
        plugins?: string;
      };
      logging?: { retention?: '1 month' | '6 months' | '1 year'; format?: 'text' | 'json' };
    }
    // biome-ignore lint/suspicious/noShadowRestrictedNames: SST's own name for its Lambda component
    class Function {
      constructor(name: string, args: FunctionArgs);
      readonly arn: $util.Output<string>;
      readonly name: $util.Output<string>;
    }

    interface ApiGatewayV2Args {
      /** API Gateway's own CORS answer; `false` leaves preflights to the function. */
      cors?: boolean;
    }
    class ApiGatewayV2 {
      constructor(name: string, args?: ApiGatewayV2Args);
      readonly url: $util.Output<string>;
      route(rawRoute: string, handler: $util.Input<string>): unknown;
    }

    /** Arguments of the `aws.cloudfront.Distribution` under a site's CDN. */
    interface DistributionArgs {
      viewerCertificate?: {
        iamCertificateId?: string;
        acmCertificateArn?: string;
        cloudfrontDefaultCertificate?: boolean;
        sslSupportMethod?: 'sni-only';
        minimumProtocolVersion?: string;
      };
    }
    interface CdnArgs {
      transform?: { distribution?: SstTransform<DistributionArgs> };
    }
    interface StaticSiteArgs {
      path: string;
      build: { command: string; output: string };
      environment?: Record<string, $util.Input<string>>;
      domain?: { name: string; dns: false; cert: string };
      transform?: { cdn?: SstTransform<CdnArgs> };
    }
    class StaticSite {
      constructor(name: string, args: StaticSiteArgs);
      readonly url: $util.Output<string>;
    }
  }
}

interface SstAppInput {
  stage: string;
}

interface SstApp {
  name: string;
  home: 'aws';
  removal: 'remove' | 'retain' | 'retain-all';
  protect: boolean;
  providers: { aws: { region: string } };
}

interface SstConfig {
  app(input: SstAppInput): SstApp | Promise<SstApp>;
  run(): Promise<Record<string, $util.Input<string>>>;
}

declare function $config(config: SstConfig): SstConfig;
declare const $app: { readonly name: string; readonly stage: string };
declare function $interpolate(
  literals: TemplateStringsArray,
  ...placeholders: unknown[]
): $util.Output<string>;
