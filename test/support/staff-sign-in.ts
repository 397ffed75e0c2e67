import type { LocalSignIn } from '../../infra/local/sign-in/sign-in-server.js';
import type { PageClient, ReceivedPage } from './page-client.js';

/** The sign-in codes the local identity service would have emailed, newest last. */
export type SentCodes = { email: string; code: string }[];

/**
 * What a person of the staff does to sign in to the console: the console's sign-in page, then the
 * identity service's pages (their address, the code it emails them), then back to the console,
 * which opens their session. Answers the console's page on return.
 */
export async function signInToConsole(
  browser: PageClient,
  service: LocalSignIn,
  codes: SentCodes,
  email: string,
): Promise<ReceivedPage> {
  const leaving = await browser.get('/console/sign-in/start');
  const authorize = leaving.headers.get('location');
  if (!authorize?.startsWith(service.signInUrl))
    throw new Error(`The console did not send the browser to sign in: ${leaving.status}`);
  const form = await (await fetch(authorize)).text();
  const request = /name="request" value="([^"]*)"/.exec(form)?.[1]?.replaceAll('&amp;', '&') ?? '';
  const sent = codes.length;
  const codePage = await (
    await fetch(new URL('/oauth2/authorize', service.signInUrl), {
      method: 'POST',
      body: new URLSearchParams({ request, email }),
    })
  ).text();
  const flow = /name="flow" value="([^"]*)"/.exec(codePage)?.[1] ?? '';
  const code = codes.slice(sent).find((c) => c.email === email.toLowerCase())?.code ?? '000000';
  const verified = await fetch(new URL('/oauth2/verify', service.signInUrl), {
    method: 'POST',
    body: new URLSearchParams({ flow, code }),
    redirect: 'manual',
  });
  const back = new URL(verified.headers.get('location') ?? 'http://nowhere/');
  return browser.get(`${back.pathname}${back.search}`);
}
