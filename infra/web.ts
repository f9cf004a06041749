import type { Stage } from './regions.ts';

/**
 * The console, built with the API's URL and the region it serves, served by CloudFront.
 *
 * In the China regions CloudFront does not serve on its default domain and takes no ACM
 * certificates: a stage with an ICP-recorded domain gets it as an alias with the
 * certificate uploaded to IAM.
 */
export function createWeb(stage: Stage, graphqlUrl: $util.Output<string>) {
  const domain = stage.console;
  return new sst.aws.StaticSite('Console', {
    path: 'web',
    build: { command: 'npm run build', output: 'dist' },
    environment: {
      VITE_GRAPHQL_URL: graphqlUrl,
      VITE_REGION_NAME: stage.name,
      VITE_DIVISION_CODE: stage.divisionCode,
    },
    ...(domain
      ? {
          // DNS is managed by the division's registrar, not Route 53. SST requires a `cert`
          // when DNS is external; the transform below swaps it for the IAM certificate.
          domain: { name: domain.domain, dns: false as const, cert: domain.iamCertificateId },
          transform: {
            cdn: (cdn: sst.aws.CdnArgs) => {
              cdn.transform = {
                distribution: (distribution) => {
                  distribution.viewerCertificate = {
                    iamCertificateId: domain.iamCertificateId,
                    sslSupportMethod: 'sni-only',
                    minimumProtocolVersion: 'TLSv1.2_2021',
                  };
                  return undefined;
                },
              };
              return undefined;
            },
          },
        }
      : {}),
  });
}
