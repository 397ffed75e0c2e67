import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveDefinition, synthesizedJourneyDefinition } from '../../infra/local/journey-definition.js';

const output = mkdtempSync(join(tmpdir(), 'cdk-out-'));
afterAll(() => rmSync(output, { recursive: true, force: true }));

/** The environment of a machine with no AWS credentials, no AWS configuration and no Docker. */
const offline = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_') && name !== 'CDK_DOCKER'),
);

describe('npx cdk synth', () => {
  it('synthesizes offline, without AWS credentials and without Docker, bundling every function with esbuild', {
    timeout: 240_000,
  }, () => {
    execFileSync('npx', ['cdk', 'synth', '--quiet', '--output', output], {
      env: {
        ...offline,
        AWS_CONFIG_FILE: '/nonexistent',
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
        AWS_EC2_METADATA_DISABLED: 'true',
        CDK_DOCKER: 'docker-is-not-available-here',
      },
      stdio: 'pipe',
      timeout: 240_000,
    });
    const template = JSON.parse(readFileSync(join(output, 'PartnerCashback.template.json'), 'utf8'));
    const functions = Object.values(template.Resources).filter(
      (r) => (r as { Type: string }).Type === 'AWS::Lambda::Function',
    );
    expect(functions.length).toBeGreaterThan(20);
    const assets = JSON.parse(readFileSync(join(output, 'PartnerCashback.assets.json'), 'utf8'))
      .files as Record<string, { source: { path: string } }>;
    const bundles = Object.values(assets).filter((a) => a.source.path.startsWith('asset.'));
    for (const bundle of bundles) {
      const size = statSync(join(output, bundle.source.path, 'index.mjs')).size;
      expect(size, bundle.source.path).toBeGreaterThan(1000);
    }
  });

  it('writes the state machine definition that the local executor runs', { timeout: 60_000 }, () => {
    const template = JSON.parse(readFileSync(join(output, 'PartnerCashback.template.json'), 'utf8'));
    const [machine] = Object.values(template.Resources).filter(
      (r) => (r as { Type: string }).Type === 'AWS::StepFunctions::StateMachine',
    ) as { Properties: { DefinitionString: unknown } }[];
    expect(resolveDefinition(machine?.Properties.DefinitionString)).toEqual(synthesizedJourneyDefinition());
  });
});
