import type { ApiResult } from '../http/api-event.js';
import { PAGE } from '../http/responses.js';
import { STYLE_HASH } from './style.js';

// The pages run no script and load nothing from elsewhere: their one style sheet is allowed by its
// hash, forms post only to the program, and no other site may frame them.
const PAGE_HEADERS = {
  'content-type': PAGE,
  'content-security-policy': `default-src 'none'; style-src '${STYLE_HASH}'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

export const pageResult = (statusCode: number, body: string, cookies: string[] = []): ApiResult => ({
  statusCode,
  headers: PAGE_HEADERS,
  body,
  ...(cookies.length > 0 ? { cookies } : {}),
});

/** See other: after a post, on the way to a page, or (from the console's sign-in) to the identity service. */
export const redirectResult = (location: string, cookies: string[] = []): ApiResult => ({
  statusCode: 303,
  headers: { location, 'cache-control': 'no-store' },
  ...(cookies.length > 0 ? { cookies } : {}),
});
