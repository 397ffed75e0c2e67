import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import type { LocalUserPool } from './user-pool.js';

/**
 * The sign-in side of the local stand-in for Cognito: the authorization code flow with PKCE, at
 * the paths of a Cognito domain (/oauth2/authorize, /oauth2/token, /logout), and ID tokens signed
 * with a key published at `<issuer>/.well-known/jwks.json`. Instead of a password and an
 * authenticator app, a one-time code goes by email to the account's address (the local mail
 * server): enough to prove who is at the keyboard on a laptop, and nothing to install.
 */
export type AuthorizationRequest = {
  clientId: string;
  redirectUri: string;
  state: string;
  nonce?: string;
  codeChallenge: string;
};

type Flow = {
  request: AuthorizationRequest;
  email: string;
  code: string;
  attempts: number;
  expiresMs: number;
};
type Grant = { request: AuthorizationRequest; email: string; expiresMs: number };

const FLOW_MINUTES = 10;
const GRANT_SECONDS = 300;
const MAX_ATTEMPTS = 5;
const ID_TOKEN_SECONDS = 3600;

const id = () => randomBytes(24).toString('base64url');
const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

export type OAuthSettings = {
  issuer: string;
  clientId: string;
  /** The console's addresses that a sign-in may return to. */
  redirectUris: readonly string[];
  sendCode(email: string, code: string): Promise<void>;
  now?: () => number;
};

export async function localOAuth(pool: LocalUserPool, settings: OAuthSettings) {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = id();
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const flows = new Map<string, Flow>();
  const grants = new Map<string, Grant>();
  const now = settings.now ?? Date.now;

  /** The request as the console sent it, or why it cannot be served (an error page, no redirect). */
  function authorizationRequest(query: URLSearchParams): AuthorizationRequest | string {
    const redirectUri = query.get('redirect_uri') ?? '';
    if (query.get('client_id') !== settings.clientId) return 'Unknown client_id.';
    if (!settings.redirectUris.includes(redirectUri)) return 'This redirect_uri is not registered.';
    if (query.get('response_type') !== 'code') return 'Only response_type=code is supported.';
    const codeChallenge = query.get('code_challenge') ?? '';
    if (query.get('code_challenge_method') !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(codeChallenge))
      return 'PKCE with code_challenge_method=S256 is required.';
    const nonce = query.get('nonce');
    return {
      clientId: settings.clientId,
      redirectUri,
      state: query.get('state') ?? '',
      codeChallenge,
      ...(nonce ? { nonce } : {}),
    };
  }

  /** Starts a flow for an address; a code is emailed only if the account exists and is enabled. */
  async function begin(request: AuthorizationRequest, email: string): Promise<string> {
    const flowId = id();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const account = pool.get(email);
    flows.set(flowId, {
      request,
      email: email.toLowerCase(),
      code: account?.enabled ? code : id(),
      attempts: 0,
      expiresMs: now() + FLOW_MINUTES * 60_000,
    });
    if (account?.enabled) await settings.sendCode(account.email, code);
    return flowId;
  }

  /** The redirect back to the console with an authorization code, or why not. */
  function verify(flowId: string, code: string): { location: string } | { problem: string; email?: string } {
    const flow = flows.get(flowId);
    if (!flow || flow.expiresMs < now()) return { problem: 'This sign-in has expired. Start again.' };
    flow.attempts += 1;
    if (flow.attempts > MAX_ATTEMPTS) {
      flows.delete(flowId);
      return { problem: 'Too many wrong codes. Start again.' };
    }
    if (!sameText(flow.code, code.trim()))
      return { problem: 'That code is not right. Check the email and try again.' };
    flows.delete(flowId);
    const grant = id();
    grants.set(grant, { request: flow.request, email: flow.email, expiresMs: now() + GRANT_SECONDS * 1000 });
    const back = new URL(flow.request.redirectUri);
    back.searchParams.set('code', grant);
    if (flow.request.state) back.searchParams.set('state', flow.request.state);
    return { location: back.toString() };
  }

  /** The token endpoint: a code once, for the client and address it was issued to, with its verifier. */
  async function token(form: URLSearchParams): Promise<{ status: number; body: unknown }> {
    const refused = (error: string) => ({ status: 400, body: { error } });
    if (form.get('grant_type') !== 'authorization_code') return refused('unsupported_grant_type');
    const grant = grants.get(form.get('code') ?? '');
    grants.delete(form.get('code') ?? '');
    if (!grant || grant.expiresMs < now()) return refused('invalid_grant');
    const { request } = grant;
    if (form.get('client_id') !== request.clientId || form.get('redirect_uri') !== request.redirectUri)
      return refused('invalid_grant');
    if (s256(form.get('code_verifier') ?? '') !== request.codeChallenge) return refused('invalid_grant');
    const account = pool.get(grant.email);
    if (!account?.enabled) return refused('invalid_grant');
    const issuedAt = Math.floor(now() / 1000);
    const idToken = await new SignJWT({
      email: account.email,
      email_verified: true,
      name: account.name,
      'cognito:groups': account.groups,
      token_use: 'id',
      auth_time: issuedAt,
      ...(request.nonce ? { nonce: request.nonce } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(settings.issuer)
      .setAudience(request.clientId)
      .setSubject(account.sub)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ID_TOKEN_SECONDS)
      .sign(privateKey);
    return {
      status: 200,
      body: { id_token: idToken, access_token: id(), token_type: 'Bearer', expires_in: ID_TOKEN_SECONDS },
    };
  }

  return { jwks: { keys: [jwk] }, authorizationRequest, begin, verify, token };
}

export type LocalOAuth = Awaited<ReturnType<typeof localOAuth>>;
