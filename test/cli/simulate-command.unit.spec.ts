import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const scenario = join(root, 'test/fixtures/scenarios/01-dollar-per-sku.json');

/** Runs the documented command, and returns what a shell would see. */
async function simulate(...args: string[]) {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'simulate', '--', ...args], {
      cwd: root,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('npm run --silent simulate -- scenario.json', () => {
  it('prints the statements, and nothing else, on stdout', async () => {
    const { code, stdout } = await simulate(scenario);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ asOf: '2026-11-01T00:00:00Z', totalCents: 64_000 });
  });

  it('exits 1 with the reason on stderr for a file it cannot read', async () => {
    const { code, stdout, stderr } = await simulate('no-such-file.json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Cannot read no-such-file\.json/);
  });

  it('exits 1 naming the field of an invalid scenario', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'scenario-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ asOf: 'tomorrow', campaigns: [] }));
    const { code, stdout, stderr } = await simulate(file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/asOf: must be an ISO 8601 UTC instant/);
  });

  it('explains its usage when no file is given', async () => {
    const { code, stderr } = await simulate();
    expect(code).toBe(1);
    expect(stderr).toMatch(/Usage: npm run --silent simulate -- <scenario.json>/);
  });
});
