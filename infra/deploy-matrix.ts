import { pathToFileURL } from 'node:url';
import { partitionOf, type Stage, stages } from './regions.ts';

/** One job of the CI deploy matrix. */
export interface DeployTarget {
  stage: string;
  awsRegion: string;
  /** The OIDC token audience the partition's STS accepts. */
  audience: string;
}

const AUDIENCE: Record<string, string> = {
  aws: 'sts.amazonaws.com',
  'aws-cn': 'sts.amazonaws.com.cn',
};

/** The deploy jobs for every stage, or for the one a manual run chose. */
export function deployMatrix(list: readonly Stage[], only?: string): DeployTarget[] {
  const chosen = only ? list.filter((stage) => stage.stage === only) : list;
  if (!chosen.length) throw new Error(`No stage "${only ?? ''}" in infra/regions.json`);
  return chosen.map(({ stage, awsRegion }) => {
    const audience = AUDIENCE[partitionOf(awsRegion)];
    if (!audience) throw new Error(`No OIDC audience known for ${awsRegion}`);
    return { stage, awsRegion, audience };
  });
}

// CI runs this file with Node's type stripping and reads the line as a step output.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`stages=${JSON.stringify(deployMatrix(stages, process.argv[2] || undefined))}`);
}
