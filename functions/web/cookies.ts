import type { ApiEvent } from '../http/api-event.js';

/** The cookies a request carries (API Gateway hands them over apart from the other headers). */
export function cookiesOf(event: Pick<ApiEvent, 'cookies'>): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of event.cookies ?? []) {
    const at = pair.indexOf('=');
    if (at > 0) cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return cookies;
}

/** How long a browser keeps a preference (its language, its time zone) or its CSRF value. */
export const YEAR_SECONDS = 365 * 24 * 3600;

type CookieOptions = {
  maxAgeSeconds: number;
  /** Strict keeps the cookie off requests that start on another site; Lax sends it on links followed. */
  sameSite: 'Strict' | 'Lax';
  httpOnly?: boolean;
};

/**
 * A cookie of the program's pages: for this host only (`__Host-`: Secure, Path=/, no Domain), so that
 * no other site, not even a sibling domain, can set or read it.
 */
export const setCookie = (name: string, value: string, o: CookieOptions) =>
  `__Host-${name}=${value}; Path=/; Max-Age=${Math.max(0, Math.floor(o.maxAgeSeconds))}; Secure; SameSite=${o.sameSite}${
    o.httpOnly === false ? '' : '; HttpOnly'
  }`;

export const clearCookie = (name: string) => setCookie(name, '', { maxAgeSeconds: 0, sameSite: 'Strict' });

export const cookieNamed = (cookies: Map<string, string>, name: string) => cookies.get(`__Host-${name}`);
