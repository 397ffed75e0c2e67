import type { Actor } from '../../events/envelope.js';
import type { MessageKey } from '../i18n/catalogs/index.js';
import type { Language } from '../i18n/language.js';
import type { Viewer } from './layout.js';
import type { BrowserSession, PageAccess, StaffSession } from './page.js';

/** A browser's session on one of the program's sites, as the pages see it. */
export type SiteSession = {
  sessionId: string;
  partner?: BrowserSession;
  staff?: StaffSession;
  /** The reader's own choices, where the program knows them (a partner's, from its sign-up). */
  language?: Language;
  timeZone?: string;
  viewer(csrf: string): NonNullable<Viewer>;
  /** May this session open a page of this access? */
  allows(access: PageAccess): boolean;
  /** Who the events of a page of this access name. */
  actor(access: PageAccess): Actor;
};

/**
 * What differs between the partner portal and the staff console: whose session the cookie holds,
 * and where a browser without one goes to sign in. Everything else (CSRF, language, the frame,
 * the answers) is the same code (web-handler.ts).
 */
export type Site<Deps> = {
  /** The logger's service. */
  name: string;
  /** The cookie that holds the session's token (Strict), and its marker (Lax) that says one may be there. */
  cookie: string;
  marker: string;
  /** The page that signs a browser in; it comes back to `next`. */
  signInPath: string;
  /** Where the brand and the error pages lead. */
  homePath: string;
  /** The words at the foot of its pages, for its readers. */
  footer: MessageKey;
  session(app: Deps, key: string, token: string): Promise<SiteSession | undefined>;
};
