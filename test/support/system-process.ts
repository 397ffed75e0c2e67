import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { freePort } from '../../infra/local/ports.js';
import type { StoredEmail } from '../../infra/local/ses-local.js';
import { eventually } from './eventually.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(
    `Skipping the browser tests: no Chromium at ${CHROMIUM} (install Debian's chromium, or set CHROMIUM_PATH).`,
  );
}

/** `npm start` in a process of its own, on free ports, with its data in a folder of its own. */
export async function startSystem() {
  const ports = {
    PORT: await freePort(),
    SES_PORT: await freePort(),
    DYNAMODB_PORT: await freePort(),
    SFN_PORT: await freePort(),
    SIGN_IN_PORT: await freePort(),
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'cashback-e2e-'));
  const api = `http://127.0.0.1:${ports.PORT}`;
  const mail = `http://127.0.0.1:${ports.SES_PORT}`;
  const system: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], {
    env: {
      ...process.env,
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      LOCAL_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  system.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  await eventually(
    'the local system to be ready',
    async () => (output.includes('is running locally') ? true : undefined),
    90_000,
  );

  const json = async (method: string, path: string, body?: unknown, token?: string) => {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the tests read a few fields of each answer.
    return { status: response.status, body: (await response.json()) as any };
  };

  const emails = async () =>
    ((await (await fetch(`${mail}/store`)).json()) as { emails: StoredEmail[] }).emails;

  /** The keys `npm start` generated for finance, the sales system and program admins. */
  const keys = () =>
    JSON.parse(readFileSync(join(dataDir, 'keys.json'), 'utf8')) as {
      finance: string;
      salesSystem: string;
      programAdmin: string;
    };

  async function stop() {
    if (system.exitCode === null) {
      const exited = new Promise((resolve) => system.once('exit', resolve));
      system.kill('SIGINT');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }

  return { api, mail, output: () => output, json, emails, keys, stop };
}

export type RunningSystem = Awaited<ReturnType<typeof startSystem>>;

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

/**
 * The system and a browser for the tests of the enclosing `describe`, started before them and
 * stopped after; read them inside the tests.
 */
export function systemInBrowser() {
  const running = {} as { system: RunningSystem; browser: Browser };
  beforeAll(async () => {
    running.system = await startSystem();
    running.browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await running.browser?.close();
    await running.system?.stop();
  }, 60_000);
  return running;
}
