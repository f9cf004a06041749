import data from './regions.json' with { type: 'json' };

/**
 * One deployed copy of the system: a league or city (盟市) running its own stack. Stages
 * are data (regions.json); this module only reads and checks them.
 */
export interface Stage {
  /** SST stage name, also the CI environment's name. */
  stage: string;
  /** Display name shown in the console. */
  name: string;
  /** Administrative division code (GB/T 2260) of the region the stage serves. */
  divisionCode: string;
  awsRegion: string;
  /** Production keeps its data: retained on removal, deletion-protected, backed up. */
  production: boolean;
  /**
   * The console's ICP-recorded domain, with the ID of the certificate uploaded to IAM for
   * it. Without one, a China stage's console has no public URL (see docs/deploy.md).
   */
  console?: { domain: string; iamCertificateId: string };
  /** Further browser origins (other government systems) allowed to call the API. */
  corsOrigins?: string[];
  /** Days the audit trail is kept: at least 180 (the Cybersecurity Law's six months). */
  auditRetentionDays?: number;
}

/**
 * Personal information processed for state organs stays in mainland China (PIPL art. 36):
 * production runs only in the AWS China regions.
 */
export const CHINA_REGIONS = ['cn-north-1', 'cn-northwest-1'];

const STAGE_NAME = /^[a-z][a-z0-9-]{1,30}$/;
const DIVISION_CODE = /^\d{6}$/;

/** The AWS partition of a region: China regions live apart from the global `aws` one. */
export const partitionOf = (awsRegion: string) =>
  awsRegion.startsWith('cn-') ? 'aws-cn' : awsRegion.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';

/** Problems with the stage list, empty when it is usable. */
export function stageProblems(stages: Stage[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const stage of stages) {
    const where = `stage "${stage.stage}"`;
    if (!STAGE_NAME.test(stage.stage)) problems.push(`${where}: name must match ${STAGE_NAME}`);
    if (seen.has(stage.stage)) problems.push(`${where}: listed twice`);
    seen.add(stage.stage);
    if (!DIVISION_CODE.test(stage.divisionCode))
      problems.push(`${where}: division code must be six digits`);
    if (stage.production && !CHINA_REGIONS.includes(stage.awsRegion))
      problems.push(`${where}: production stages must run in ${CHINA_REGIONS.join(' or ')}`);
    if (stage.auditRetentionDays !== undefined && !(stage.auditRetentionDays >= 180))
      problems.push(`${where}: audit entries must be kept at least 180 days`);
    for (const origin of stage.corsOrigins ?? []) {
      if (!/^https:\/\/[^/]+$/.test(origin))
        problems.push(`${where}: CORS origin ${origin} must be https://host`);
    }
  }
  return problems;
}

function checked(stages: Stage[]): Stage[] {
  const problems = stageProblems(stages);
  if (problems.length) throw new Error(`infra/regions.json:\n${problems.join('\n')}`);
  return stages;
}

/** Every stage CI deploys, in file order. */
export const stages: readonly Stage[] = checked(data.stages);

/**
 * The stage of that name, or a non-production development stage (a developer's own
 * `sst deploy --stage alice`) in the development region.
 */
export function stageFor(name: string): Stage {
  return (
    stages.find((stage) => stage.stage === name) ?? {
      ...data.development,
      stage: name,
      production: false,
    }
  );
}
