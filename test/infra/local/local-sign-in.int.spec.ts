import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CognitoStaffAccounts,
  createCognitoClient,
} from '../../../functions/adapters/cognito-staff-accounts.js';
import { OidcStaffSignIn } from '../../../functions/adapters/oidc-staff-sign-in.js';
import type { PendingSignIn } from '../../../functions/ports/staff-sign-in.js';
import { freePort } from '../../../infra/local/ports.js';
import { type LocalSignIn, startLocalSignIn } from '../../../infra/local/sign-in/sign-in-server.js';

const CONSOLE = 'http://127.0.0.1:3999';
const REDIRECT = `${CONSOLE}/console/signed-in`;

let service: LocalSignIn;
let signIn: OidcStaffSignIn;
const codes: { email: string; code: string }[] = [];

beforeAll(async () => {
  service = await startLocalSignIn({
    port: await freePort(),
    consoleBaseUrl: CONSOLE,
    sendCode: async (email, code) => {
      codes.push({ email, code });
    },
  });
  signIn = new OidcStaffSignIn(service);
  service.pool.create('dana@program.example', 'Dana Smith');
  service.pool.change('dana@program.example', (a) => a.groups.push('finance'));
  service.pool.create('gone@program.example', 'Gone Person');
  service.pool.change('gone@program.example', (a) => {
    a.enabled = false;
  });
});
afterAll(() => service?.stop());

/** What a browser does between leaving the console and coming back: the pages, the email, the code. */
async function browserSignsIn(email: string, codeFor = (sent: string) => sent) {
  const { location, pending } = signIn.start(REDIRECT);
  const authorize = new URL(location);
  const first = await fetch(authorize);
  expect(first.status).toBe(200);
  const request =
    /name="request" value="([^"]*)"/.exec(await first.text())?.[1]?.replaceAll('&amp;', '&') ?? '';
  const sent = codes.length;
  const second = await fetch(new URL('/oauth2/authorize', service.signInUrl), {
    method: 'POST',
    body: new URLSearchParams({ request, email }),
  });
  const flow = /name="flow" value="([^"]*)"/.exec(await second.text())?.[1] ?? '';
  const code = codes.slice(sent).find((c) => c.email === email)?.code ?? '000000';
  const back = await fetch(new URL('/oauth2/verify', service.signInUrl), {
    method: 'POST',
    body: new URLSearchParams({ flow, code: codeFor(code) }),
    redirect: 'manual',
  });
  return { pending, back, emailed: codes.length > sent };
}

const returned = (back: Response) => {
  const url = new URL(back.headers.get('location') ?? 'http://nowhere/');
  return { code: url.searchParams.get('code') ?? '', state: url.searchParams.get('state') ?? '' };
};

describe('Keeping staff accounts locally, with the adapter that keeps them in Cognito', () => {
  const accounts = () =>
    new CognitoStaffAccounts(
      createCognitoClient({
        endpoint: service.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
      service.userPoolId,
    );

  it('creates the account in the groups of its roles, follows a change of roles, and disables it when none is left', async () => {
    await accounts().ensure({
      email: 'kim@program.example',
      name: 'Kim Lee',
      roles: ['approver', 'finance'],
    });
    expect(service.pool.get('kim@program.example')).toMatchObject({
      name: 'Kim Lee',
      enabled: true,
      groups: expect.arrayContaining(['approver', 'finance']),
    });
    await accounts().ensure({ email: 'kim@program.example', name: 'Kim Lee-Park', roles: ['finance'] });
    expect(service.pool.get('kim@program.example')).toMatchObject({
      name: 'Kim Lee-Park',
      groups: ['finance'],
    });
    await accounts().ensure({ email: 'kim@program.example', name: 'Kim Lee-Park', roles: [] });
    expect(service.pool.get('kim@program.example')).toMatchObject({ enabled: false, groups: [] });
  });
});

describe('Signing staff in locally, as Cognito does in the cloud', () => {
  it('emails a code to a member of the staff, and the console learns who signed in from the ID token', async () => {
    const { pending, back, emailed } = await browserSignsIn('dana@program.example');
    expect(emailed).toBe(true);
    expect(back.status).toBe(302);
    expect(back.headers.get('location')?.startsWith(`${REDIRECT}?code=`)).toBe(true);
    expect(await signIn.finish(REDIRECT, pending, returned(back))).toEqual({
      email: 'dana@program.example',
      name: 'Dana Smith',
    });
  });

  it('emails nothing for an address that has no account or a disabled one, and the page says the same', async () => {
    for (const email of ['stranger@elsewhere.example', 'gone@program.example']) {
      const { back, emailed } = await browserSignsIn(email);
      expect(emailed).toBe(false);
      expect(back.status).toBe(400);
    }
  });

  it('refuses a wrong code without sending the browser back', async () => {
    const { back } = await browserSignsIn('dana@program.example', () => '999999x');
    expect(back.status).toBe(400);
    expect(await back.text()).toContain('That code is not right');
  });

  it('does not redeem a code for another sign-in (its state), twice, or without its verifier', async () => {
    const { pending, back } = await browserSignsIn('dana@program.example');
    const given = returned(back);
    const other: PendingSignIn = { ...pending, state: 'another-state-of-another-browser' };
    expect(await signIn.finish(REDIRECT, other, given)).toBeUndefined();
    const wrongVerifier: PendingSignIn = { ...pending, verifier: 'x'.repeat(43) };
    expect(await signIn.finish(REDIRECT, wrongVerifier, given)).toBeUndefined();
    // The code was spent by the attempt with the wrong verifier, as a stolen code would be.
    expect(await signIn.finish(REDIRECT, pending, given)).toBeUndefined();
  });

  it('does not accept an ID token meant for another sign-in (its nonce)', async () => {
    const { pending, back } = await browserSignsIn('dana@program.example');
    expect(
      await signIn.finish(REDIRECT, { ...pending, nonce: 'not-the-nonce' }, returned(back)),
    ).toBeUndefined();
  });

  it('refuses to start for an address of another site', async () => {
    const { location } = signIn.start('https://evil.example/console/signed-in');
    expect((await fetch(location)).status).toBe(400);
  });

  it('sends the browser back to the console after signing out there', () => {
    const location = new URL(signIn.signOutLocation(`${CONSOLE}/console`));
    expect(location.pathname).toBe('/logout');
    expect(location.searchParams.get('logout_uri')).toBe(`${CONSOLE}/console`);
  });
});
