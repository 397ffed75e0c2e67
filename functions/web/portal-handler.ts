import { randomUUID } from 'node:crypto';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { ApiEvent, ApiResult } from '../http/api-event.js';
import { gzipResponses } from '../http/compress.js';
import { DEFAULT_TIME_ZONE, isLanguage, isTimeZone, languageOfAcceptLanguage } from '../i18n/language.js';
import { wordsFor } from '../i18n/words.js';
import { createLogger } from '../logging/logger.js';
import { crossSite, formOf, languageOf, otherLanguageHref, queryOf, sessionOf } from './browser-request.js';
import { clearCookie, cookieNamed, cookiesOf, setCookie, YEAR_SECONDS } from './cookies.js';
import { csrfToken, csrfTokenMatches, isCsrfSecret, newCsrfSecret } from './csrf.js';
import { errorPage } from './error-pages.js';
import { html } from './html.js';
import { layout } from './layout.js';
import type { PageAnswer, PageContext, PageSpec, PortalDeps } from './page.js';
import { pageResult, redirectResult } from './page-result.js';

const baseLogger = createLogger({ service: 'portal' });
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * The portal's Lambda handler: one for every page. It finds the page of the route, reads the
 * browser's session and language, gives every form its CSRF token and checks it on a post, and
 * frames what the page answers. A partner's page without a session sends the browser to log in.
 */
export function portalHandler(pages: readonly PageSpec[], deps: () => PortalDeps) {
  const byRoute = new Map(pages.map((page) => [`${page.method} ${page.path}`, page]));

  async function serve(event: ApiEvent, page: PageSpec, correlationId: string): Promise<ApiResult> {
    const app = deps();
    const key = await app.sessionKey();
    const cookies = cookiesOf(event);
    const query = queryOf(event);
    const sessionToken = cookieNamed(cookies, 'session');
    const session = await sessionOf(app, key, sessionToken);
    const language = languageOf(session, query, cookies, event);
    const timeZone =
      [session?.view?.timeZone, cookieNamed(cookies, 'tz')].find(isTimeZone) ?? DEFAULT_TIME_ZONE;
    const words = wordsFor(language, timeZone);
    const setCookies: string[] = [];
    if (isLanguage(query.lang) && !session) {
      setCookies.push(setCookie('lang', query.lang, { maxAgeSeconds: YEAR_SECONDS, sameSite: 'Lax' }));
    }
    const storedSecret = cookieNamed(cookies, 'csrf');
    const csrfSecret = isCsrfSecret(storedSecret) ? storedSecret : newCsrfSecret();
    if (csrfSecret !== storedSecret) {
      setCookies.push(setCookie('csrf', csrfSecret, { maxAgeSeconds: YEAR_SECONDS, sameSite: 'Strict' }));
    }
    const csrf = csrfToken(key, csrfSecret, session?.sessionId);

    if (session && query.again && event.requestContext.http.method === 'GET') {
      const { again: _, ...rest } = query;
      const params = new URLSearchParams(rest);
      return redirectResult(`${event.rawPath}${params.size > 0 ? `?${params}` : ''}`, setCookies);
    }
    if (page.access === 'partner' && !session) {
      // Strict cookies stay behind when a link is followed from another site (an email): the marker
      // says a session may be there, and one step from this site brings its cookie along.
      if (event.requestContext.http.method === 'GET' && cookieNamed(cookies, 'signed-in') && !query.again) {
        const again = `${event.rawPath}?${new URLSearchParams({ ...query, again: '1' })}`;
        return pageResult(
          200,
          layout(words, {
            title: words.t('page.continue.title'),
            body: html`<p><a href="${again}">${words.t('page.continue.link')}</a></p>`,
            viewer: undefined,
            path: '',
            refreshTo: again,
          }),
          setCookies,
        );
      }
      const next =
        event.requestContext.http.method === 'GET'
          ? `${event.rawPath}${event.rawQueryString ? `?${event.rawQueryString}` : ''}`
          : '';
      const params = new URLSearchParams({
        ...(next ? { next } : {}),
        ...(sessionToken ? { ended: '1' } : {}),
      });
      if (sessionToken) setCookies.push(clearCookie('session'), clearCookie('signed-in'));
      return redirectResult(`/portal${params.size > 0 ? `?${params}` : ''}`, setCookies);
    }

    let form: Record<string, string> = {};
    if (page.method === 'POST') {
      form = formOf(event);
      if (crossSite(event) || !csrfTokenMatches(key, csrfSecret, session?.sessionId ?? '', form._csrf)) {
        const result = errorPage(words, 'page.expired.title', 403);
        return { ...result, ...(setCookies.length > 0 ? { cookies: setCookies } : {}) };
      }
    }
    const context: PageContext = {
      event,
      params: { ...(event.pathParameters ?? {}) } as Record<string, string>,
      query,
      form,
      words,
      session,
      viewer: session ? { mpnId: session.mpnId, csrf } : undefined,
      csrf,
      metadata: {
        correlationId,
        causationId: event.requestContext?.requestId ?? correlationId,
        actor: session ? { role: 'partner', id: session.mpnId } : { role: 'anonymous' },
      },
      sourceIp: event.requestContext?.http?.sourceIp ?? 'unknown',
    };
    const answer: PageAnswer = await page.handle(context, app);
    const cookiesOut = [...setCookies, ...(answer.kind === 'file' ? [] : (answer.cookies ?? []))];
    if (answer.kind === 'redirect') return redirectResult(answer.location, cookiesOut);
    if (answer.kind === 'file') return answer.result;
    return pageResult(
      answer.status,
      layout(words, {
        title: answer.title,
        body: answer.body,
        viewer: context.viewer,
        path: event.rawPath,
        ...(session ? {} : { otherLanguageHref: otherLanguageHref(event, query, words) }),
      }),
      cookiesOut,
    );
  }

  return middy<ApiEvent, ApiResult, Error, Context>()
    .use(gzipResponses)
    .handler(async (event) => {
      const startedMs = performance.now();
      const given = event.headers?.['x-correlation-id'];
      const correlationId =
        given && CORRELATION_ID.test(given) ? given : (event.requestContext?.requestId ?? randomUUID());
      const page = byRoute.get(event.routeKey);
      const logger = baseLogger.child({ correlationId, route: page?.name ?? 'unknown' });
      let result: ApiResult;
      try {
        result = page
          ? await serve(event, page, correlationId)
          : errorPage(
              wordsFor(languageOfAcceptLanguage(event.headers?.['accept-language'])),
              'page.notFound.title',
              404,
            );
      } catch (error) {
        logger.error('Unexpected error', { error });
        result = errorPage(
          wordsFor(languageOfAcceptLanguage(event.headers?.['accept-language'])),
          'page.error.title',
          500,
        );
      }
      result.headers = { ...result.headers, 'x-correlation-id': correlationId };
      logger.info('request', {
        method: event.requestContext?.http?.method,
        status: result.statusCode,
        ms: Math.round(performance.now() - startedMs),
      });
      return result;
    });
}
