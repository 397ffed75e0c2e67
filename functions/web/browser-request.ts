import { type PartnerView, sessionStillOpen } from '../../domain/partners/partner-view.js';
import type { ApiEvent } from '../http/api-event.js';
import type { Words } from '../i18n/words.js';
import { readModelKeys } from '../read-models/targets.js';
import { verifySessionToken } from '../security/session-tokens.js';
import type { BrowserSession, PortalDeps } from './page.js';

/** What a page needs to know of the request a browser sent: its session, language, query and form. */

/** The browser's session, if its cookie holds a live token of a session no logout or lock ended. */
export async function sessionOf(
  app: PortalDeps,
  key: string,
  token: string,
): Promise<BrowserSession | undefined> {
  const verified = verifySessionToken(key, token, app.clock.now());
  if (!verified) return undefined;
  const found = await app.readModels.getView<PartnerView>(readModelKeys.partner(verified.mpnId));
  if (!sessionStillOpen(found?.view, verified)) return undefined;
  return { mpnId: verified.mpnId, sessionId: verified.sessionId, view: found?.view };
}

export const queryOf = (event: ApiEvent): Record<string, string> =>
  Object.fromEntries(
    Object.entries(event.queryStringParameters ?? {}).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, value]],
    ),
  );

export function formOf(event: ApiEvent): Record<string, string> {
  if (typeof event.body !== 'string') return {};
  const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  const form: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(text)) if (!(name in form)) form[name] = value;
  return form;
}

// A form posted from another site (its browser says so) is refused before its token is even read.
export const crossSite = (event: ApiEvent) => {
  const headers = event.headers ?? {};
  if (headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = headers.origin;
  if (!origin || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).host !== headers.host;
  } catch {
    return true;
  }
};

export const otherLanguageHref = (event: ApiEvent, query: Record<string, string>, words: Words) => {
  const params = new URLSearchParams({ ...query, lang: words.language === 'en' ? 'fr' : 'en' });
  return `${event.rawPath}?${params}`;
};
