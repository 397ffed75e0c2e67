import { randomUUID } from 'node:crypto';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { ApiEvent, ApiResult } from '../http/api-event.js';
import { gzipResponses } from '../http/compress.js';
import { DEFAULT_TIME_ZONE, isLanguage, isTimeZone, languageOfAcceptLanguage } from '../i18n/language.js';
import { type Words, wordsFor } from '../i18n/words.js';
import { createLogger } from '../logging/logger.js';
import { crossSite, formOf, otherLanguageHref, queryOf } from './browser-request.js';
import { clearCookie, cookieNamed, cookiesOf, setCookie, YEAR_SECONDS } from './cookies.js';
import { csrfToken, csrfTokenMatches, isCsrfSecret, newCsrfSecret } from './csrf.js';
import { errorPage, problemPage } from './error-pages.js';
import { html } from './html.js';
import { layout } from './layout.js';
import type { PageAnswer, PageContext, PageSpec } from './page.js';
import { pageResult, redirectResult } from './page-result.js';
import type { Site, SiteSession } from './site.js';

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

const withCookies = (result: ApiResult, cookies: string[]): ApiResult =>
  cookies.length > 0 ? { ...result, cookies: [...(result.cookies ?? []), ...cookies] } : result;

/**
 * A site's Lambda handler: one for all its pages. It finds the page of the route, reads the
 * browser's session and language, gives every form its CSRF token and checks it on a post, and
 * frames what the page answers. A page for someone in session sends a browser without one to
 * sign in, and refuses a session whose roles do not reach it.
 */
export function webHandler<Deps extends { sessionKey: () => Promise<string> }>(
  site: Site<Deps>,
  pages: readonly PageSpec<Deps>[],
  deps: () => Deps,
) {
  const byRoute = new Map(pages.map((page) => [`${page.method} ${page.path}`, page]));
  const baseLogger = createLogger({ service: site.name });

  async function serve(event: ApiEvent, page: PageSpec<Deps>, correlationId: string): Promise<ApiResult> {
    const app = deps();
    const key = await app.sessionKey();
    const cookies = cookiesOf(event);
    const query = queryOf(event);
    const method = event.requestContext.http.method;
    const sessionToken = cookieNamed(cookies, site.cookie);
    const session = sessionToken ? await site.session(app, key, sessionToken) : undefined;
    const language =
      [session?.language, query.lang, cookieNamed(cookies, 'lang')].find(isLanguage) ??
      languageOfAcceptLanguage(event.headers?.['accept-language']);
    const timeZone = [session?.timeZone, cookieNamed(cookies, 'tz')].find(isTimeZone) ?? DEFAULT_TIME_ZONE;
    const words = wordsFor(language, timeZone);
    const setCookies: string[] = [];
    if (isLanguage(query.lang) && !session?.language) {
      setCookies.push(setCookie('lang', query.lang, { maxAgeSeconds: YEAR_SECONDS, sameSite: 'Lax' }));
    }
    const storedSecret = cookieNamed(cookies, 'csrf');
    const csrfSecret = isCsrfSecret(storedSecret) ? storedSecret : newCsrfSecret();
    if (csrfSecret !== storedSecret) {
      setCookies.push(setCookie('csrf', csrfSecret, { maxAgeSeconds: YEAR_SECONDS, sameSite: 'Strict' }));
    }
    const csrf = csrfToken(key, csrfSecret, session?.sessionId);

    if (session && query.again && method === 'GET') {
      const { again: _, ...rest } = query;
      const params = new URLSearchParams(rest);
      return redirectResult(`${event.rawPath}${params.size > 0 ? `?${params}` : ''}`, setCookies);
    }
    if (page.access !== 'anyone' && !session) {
      return withCookies(
        signInFirst(event, query, words, sessionToken, cookieNamed(cookies, site.marker)),
        setCookies,
      );
    }
    if (session && !session.allows(page.access)) {
      return withCookies(forbidden(words, session, page), setCookies);
    }

    let form: Record<string, string> = {};
    if (page.method === 'POST') {
      form = formOf(event);
      if (crossSite(event) || !csrfTokenMatches(key, csrfSecret, session?.sessionId ?? '', form._csrf)) {
        return withCookies(errorPage(words, 'page.expired.title', 403, site.homePath), setCookies);
      }
    }
    const context: PageContext = {
      event,
      params: { ...(event.pathParameters ?? {}) } as Record<string, string>,
      query,
      form,
      words,
      session: session?.partner,
      staff: session?.staff,
      viewer: session?.viewer(csrf),
      csrf,
      metadata: {
        correlationId,
        causationId: event.requestContext?.requestId ?? correlationId,
        actor: session ? session.actor(page.access) : { role: 'anonymous' },
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
        footer: words.t(site.footer),
        ...(answer.refreshTo ? { refreshTo: answer.refreshTo } : {}),
        ...(session?.language ? {} : { otherLanguageHref: otherLanguageHref(event, query, words) }),
      }),
      cookiesOut,
    );
  }

  /**
   * To the sign-in page, coming back here after. Strict cookies stay behind when a link is
   * followed from another site (an email): the marker says a session may be there, and one step
   * from this site brings its cookie along.
   */
  function signInFirst(
    event: ApiEvent,
    query: Record<string, string>,
    words: Words,
    staleToken: string | undefined,
    marker: string | undefined,
  ): ApiResult {
    const isGet = event.requestContext.http.method === 'GET';
    if (isGet && marker && !query.again) {
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
      );
    }
    const { again: _, ...asked } = query;
    const rest = new URLSearchParams(asked);
    const next = isGet ? `${event.rawPath}${rest.size > 0 ? `?${rest}` : ''}` : '';
    const params = new URLSearchParams({ ...(next ? { next } : {}), ...(staleToken ? { ended: '1' } : {}) });
    const clear = staleToken ? [clearCookie(site.cookie), clearCookie(site.marker)] : [];
    return redirectResult(`${site.signInPath}${params.size > 0 ? `?${params}` : ''}`, clear);
  }

  const forbidden = (words: Words, session: SiteSession, page: PageSpec<Deps>) => {
    const roles = words.list((session.staff?.roles ?? []).map((role) => words.t(`role.${role}`)));
    const role =
      page.access === 'partner' || page.access === 'staff' || page.access === 'anyone'
        ? page.access
        : words.t(`role.${page.access}`);
    return problemPage(
      words,
      words.t('page.forbidden.title'),
      words.t('page.forbidden.text', { roles, role }),
      403,
      site.homePath,
    );
  };

  return middy<ApiEvent, ApiResult, Error, Context>()
    .use(gzipResponses)
    .handler(async (event) => {
      const startedMs = performance.now();
      const given = event.headers?.['x-correlation-id'];
      const correlationId =
        given && CORRELATION_ID.test(given) ? given : (event.requestContext?.requestId ?? randomUUID());
      const page = byRoute.get(event.routeKey);
      const logger = baseLogger.child({ correlationId, route: page?.name ?? 'unknown' });
      const reader = () => wordsFor(languageOfAcceptLanguage(event.headers?.['accept-language']));
      let result: ApiResult;
      try {
        result = page
          ? await serve(event, page, correlationId)
          : errorPage(reader(), 'page.notFound.title', 404, site.homePath);
      } catch (error) {
        logger.error('Unexpected error', { error });
        result = errorPage(reader(), 'page.error.title', 500, site.homePath);
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
