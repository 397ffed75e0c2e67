/** A page as the browser received it, with the forms' CSRF token read from it. */
export type ReceivedPage = {
  status: number;
  /** Where the last redirect led (the page's own path). */
  path: string;
  html: string;
  headers: Headers;
  /** The visible text, tags removed and entities of the escaper undone, whitespace collapsed. */
  text: string;
};

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** Text as the page's escaper wrote it, read back. */
export const decodeEntities = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

export const visibleText = (html: string) =>
  decodeEntities(html.replace(/<(script|style|head)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A browser for tests, without a browser: it keeps its cookies, follows redirects, and posts forms
 * the way a page does (with the CSRF token the page wrote into them). It ignores `Secure`, as a
 * browser does for a local address.
 */
export function pageClient(base: string, options: { acceptLanguage?: string } = {}) {
  const jar = new Map<string, string>();

  const keep = (headers: Headers) => {
    for (const cookie of headers.getSetCookie()) {
      const [pair = '', ...attributes] = cookie.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired) jar.delete(name);
      else jar.set(name, pair.slice(at + 1).trim());
    }
  };

  async function request(
    method: string,
    path: string,
    body?: URLSearchParams,
    headers: Record<string, string> = {},
  ): Promise<ReceivedPage> {
    let current = path;
    let response: Response;
    let init: RequestInit = {
      method,
      redirect: 'manual',
      headers: {
        ...(options.acceptLanguage ? { 'accept-language': options.acceptLanguage } : {}),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...(jar.size > 0 ? { cookie: [...jar].map(([n, v]) => `${n}=${v}`).join('; ') } : {}),
        ...headers,
      },
      ...(body ? { body } : {}),
    };
    for (let hops = 0; ; hops++) {
      response = await fetch(`${base}${current}`, init);
      keep(response.headers);
      const location = response.headers.get('location');
      // A redirect to another site (the identity service) is where this browser stops: the test goes on there.
      if (response.status !== 303 || !location || hops > 5 || /^https?:/.test(location)) break;
      current = location;
      init = {
        method: 'GET',
        redirect: 'manual',
        headers: {
          ...(options.acceptLanguage ? { 'accept-language': options.acceptLanguage } : {}),
          ...(jar.size > 0 ? { cookie: [...jar].map(([n, v]) => `${n}=${v}`).join('; ') } : {}),
        },
      };
    }
    const html = await response.text();
    return {
      status: response.status,
      path: current,
      html,
      headers: response.headers,
      text: visibleText(html),
    };
  }

  return {
    cookies: jar,
    get: (path: string, headers?: Record<string, string>) => request('GET', path, undefined, headers),
    /** Posts a form of `page` (the one whose action is `action`) with these fields and its CSRF token. */
    submit: (
      page: ReceivedPage,
      action: string,
      fields: Record<string, string>,
      headers?: Record<string, string>,
    ) => {
      const form = new RegExp(
        `<form[^>]*action="${action.replace(/[.?*+^$()|[\]\\]/g, '\\$&')}"[\\s\\S]*?</form>`,
      ).exec(page.html)?.[0];
      if (!form) throw new Error(`The page ${page.path} has no form posting to ${action}`);
      const csrf = /name="_csrf" value="([^"]*)"/.exec(form)?.[1] ?? '';
      return request(
        'POST',
        action.replace(/&amp;/g, '&'),
        new URLSearchParams({ _csrf: csrf, ...fields }),
        headers,
      );
    },
    /** Posts straight to a path, as a forged form from elsewhere would. */
    post: (path: string, fields: Record<string, string>, headers?: Record<string, string>) =>
      request('POST', path, new URLSearchParams(fields), headers),
  };
}

export type PageClient = ReturnType<typeof pageClient>;
