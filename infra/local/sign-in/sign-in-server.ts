import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { STAFF_CONSOLE_RETURNS } from '../../../functions/runtime/staff-identity.js';
import { type LocalOAuth, localOAuth, type OAuthSettings } from './oauth.js';
import { LocalUserPool } from './user-pool.js';
import { userPoolAction } from './user-pool-api.js';

/**
 * The local stand-in for the staff's Cognito user pool, on a port of its own: the user-pool API
 * the staff directory keeps accounts with, and the sign-in pages and token endpoint the console
 * signs staff in with. Only for `npm start` and the tests; the cloud has the real service.
 */
export type LocalSignIn = {
  /** What the console's Lambda is configured with, as in the cloud (STAFF_ISSUER, …). */
  issuer: string;
  signInUrl: string;
  userPoolId: string;
  clientId: string;
  /** Where the AWS SDK's Cognito client is pointed (AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER). */
  endpoint: string;
  pool: LocalUserPool;
  stop(): Promise<void>;
};

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – local sign-in</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
label{display:block;font-weight:600;margin:1rem 0 .25rem}input{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #6b7280;border-radius:.25rem}
button{font:inherit;font-weight:600;margin-top:1rem;padding:.6rem 1.2rem;border:0;border-radius:.25rem;background:#0b5394;color:#fff}
.note{color:#4b5563;font-size:.875rem}.problem{border-left:4px solid #b42318;padding-left:.75rem}</style></head>
<body><main><p class="note">Local stand-in for the staff sign-in service (Amazon Cognito in the cloud).</p>
<h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;

const emailForm = (request: string, problem = '') =>
  page(
    'Sign in to the staff console',
    `${problem ? `<p class="problem" role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/oauth2/authorize">
<input type="hidden" name="request" value="${escapeHtml(request)}">
<label for="email">Work email</label>
<input id="email" name="email" type="email" autocomplete="email" required autofocus>
<button type="submit">Email me a sign-in code</button></form>`,
  );

const codeForm = (flow: string, email: string, problem = '') =>
  page(
    'Enter your sign-in code',
    `${problem ? `<p class="problem" role="alert">${escapeHtml(problem)}</p>` : ''}
<p>If ${escapeHtml(email)} belongs to the program's staff, a 6-digit code is on its way to it (open the local mail viewer).</p>
<form method="post" action="/oauth2/verify">
<input type="hidden" name="flow" value="${escapeHtml(flow)}">
<label for="code">Sign-in code</label>
<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" required autofocus>
<button type="submit">Sign in</button></form>`,
  );

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) throw new Error('Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: string, type: string, headers = {}) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  response.end(body);
}

async function serve(
  oauth: LocalOAuth,
  pool: LocalUserPool,
  settings: { issuerPath: string; logoutUris: readonly string[] },
  request: IncomingMessage,
  response: ServerResponse,
) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const html = (status: number, body: string) => send(response, status, body, 'text/html; charset=utf-8');
  const json = (status: number, body: unknown, type = 'application/json') =>
    send(response, status, JSON.stringify(body), type);
  const target = request.headers['x-amz-target'];
  if (request.method === 'POST' && typeof target === 'string') {
    const action = target.replace(/^AWSCognitoIdentityProviderService\./, '');
    const answer = userPoolAction(pool, action, JSON.parse((await bodyOf(request)) || '{}'));
    const type = (answer.body as { __type?: string }).__type;
    return send(response, answer.status, JSON.stringify(answer.body), 'application/x-amz-json-1.1', {
      ...(type ? { 'x-amzn-errortype': type } : {}),
    });
  }
  const route = `${request.method} ${url.pathname}`;
  switch (route) {
    case `GET ${settings.issuerPath}/.well-known/jwks.json`:
      return json(200, oauth.jwks);
    case 'GET /oauth2/authorize': {
      const checked = oauth.authorizationRequest(url.searchParams);
      if (typeof checked === 'string')
        return html(400, page('This sign-in cannot start', `<p>${escapeHtml(checked)}</p>`));
      return html(200, emailForm(url.searchParams.toString()));
    }
    case 'POST /oauth2/authorize': {
      const form = new URLSearchParams(await bodyOf(request));
      const requestText = form.get('request') ?? '';
      const checked = oauth.authorizationRequest(new URLSearchParams(requestText));
      if (typeof checked === 'string')
        return html(400, page('This sign-in cannot start', `<p>${escapeHtml(checked)}</p>`));
      const email = (form.get('email') ?? '').trim();
      if (!/^[^\s@]+@[^\s@]+$/.test(email))
        return html(400, emailForm(requestText, 'Enter an email address.'));
      return html(200, codeForm(await oauth.begin(checked, email), email));
    }
    case 'POST /oauth2/verify': {
      const form = new URLSearchParams(await bodyOf(request));
      const flow = form.get('flow') ?? '';
      const verified = oauth.verify(flow, form.get('code') ?? '');
      if ('location' in verified)
        return send(response, 302, '', 'text/plain', { location: verified.location });
      if (!verified.email)
        return html(
          400,
          page('Sign in again', `<p class="problem" role="alert">${escapeHtml(verified.problem)}</p>`),
        );
      return html(400, codeForm(flow, verified.email, verified.problem));
    }
    case 'POST /oauth2/token': {
      const answer = await oauth.token(new URLSearchParams(await bodyOf(request)));
      return json(answer.status, answer.body);
    }
    case 'GET /logout': {
      const back = url.searchParams.get('logout_uri') ?? '';
      if (!settings.logoutUris.includes(back))
        return html(400, page('Signed out', '<p>You are signed out.</p>'));
      return send(response, 302, '', 'text/plain', { location: back });
    }
    default:
      return html(404, page('Not found', '<p>There is nothing here.</p>'));
  }
}

export async function startLocalSignIn(options: {
  port: number;
  consoleBaseUrl: string;
  accountsFile?: string;
  sendCode: OAuthSettings['sendCode'];
}): Promise<LocalSignIn> {
  const userPoolId = 'local_staff';
  const clientId = 'local-console';
  const base = `http://127.0.0.1:${options.port}`;
  const issuerPath = `/${userPoolId}`;
  const pool = new LocalUserPool(options.accountsFile);
  const oauth = await localOAuth(pool, {
    issuer: `${base}${issuerPath}`,
    clientId,
    redirectUris: [`${options.consoleBaseUrl}${STAFF_CONSOLE_RETURNS.signedIn}`],
    sendCode: options.sendCode,
  });
  const server: Server = createServer((request, response) => {
    serve(
      oauth,
      pool,
      { issuerPath, logoutUris: [`${options.consoleBaseUrl}${STAFF_CONSOLE_RETURNS.signedOut}`] },
      request,
      response,
    ).catch(() => send(response, 500, 'The local sign-in service failed.', 'text/plain'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    issuer: `${base}${issuerPath}`,
    signInUrl: base,
    userPoolId,
    clientId,
    endpoint: base,
    pool,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
