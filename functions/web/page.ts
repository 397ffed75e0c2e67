import type { PartnerView } from '../../domain/partners/partner-view.js';
import type { EventMetadata } from '../../events/envelope.js';
import type { StaffRole } from '../../events/staff.js';
import type { ApiEvent, ApiResult } from '../http/api-event.js';
import type { RouteDeps } from '../http/route.js';
import type { Words } from '../i18n/words.js';
import type { Html } from './html.js';
import type { Viewer } from './layout.js';

/**
 * What the portal's pages reach: the same as the API's partner routes together (the pages run the
 * same use cases). One Lambda serves every page, so it is granted all of them.
 */
export const PORTAL_USES = [
  'event-store:append',
  'read-models:read',
  'journeys:start',
  'journeys:resume',
  'session-key',
  'usage-counters',
] as const;

export type PortalDeps = RouteDeps<{ uses: typeof PORTAL_USES }>;

/**
 * What the staff console's pages reach: what approvers, finance and program admins do through the
 * API, the staff directory's accounts at the identity service, and the sign-in with it.
 */
export const CONSOLE_USES = [
  'event-store:append',
  'read-models:read',
  'journeys:resume',
  'session-key',
  'staff-accounts',
  'staff-sign-in',
] as const;

export type ConsoleDeps = RouteDeps<{ uses: typeof CONSOLE_USES }>;

/** The partner whose browser session opened this request. */
export type BrowserSession = { mpnId: string; sessionId: string; view: PartnerView | undefined };

/** The person of the staff whose browser session opened this request, with their roles now. */
export type StaffSession = {
  email: string;
  name: string;
  roles: readonly StaffRole[];
  sessionId: string;
  openedAt: string;
};

/** Who may open a page: anyone, a partner in session, any member of the staff, or one role. */
export type PageAccess = 'anyone' | 'partner' | 'staff' | StaffRole;

export type PageContext = {
  event: ApiEvent;
  /** The path's parameters, the query and (for a post) the form, as strings. */
  params: Readonly<Record<string, string>>;
  query: Readonly<Record<string, string>>;
  form: Readonly<Record<string, string>>;
  words: Words;
  session: BrowserSession | undefined;
  staff: StaffSession | undefined;
  viewer: Viewer;
  /** The token every form of this page carries. */
  csrf: string;
  metadata: EventMetadata;
  sourceIp: string;
};

/** What a page answers: itself (a title and a body, framed by the layout), a redirect, or a file. */
export type PageAnswer =
  | ShownPage
  | { kind: 'redirect'; location: string; cookies?: string[] }
  | { kind: 'file'; result: ApiResult };

export type ShownPage = {
  kind: 'page';
  status: number;
  title: string;
  body: Html;
  cookies?: string[];
  /** Go on to this path of the program at once (see PageFrame). */
  refreshTo?: string;
};

export const showPage = (title: string, body: Html, status = 200): ShownPage => ({
  kind: 'page',
  status,
  title,
  body,
});

/**
 * After a post, the browser is sent to a page to read (a reload never posts again); or, from the
 * console's sign-in, to the identity service.
 */
export const redirectTo = (location: string, cookies?: string[]): PageAnswer => ({
  kind: 'redirect',
  location,
  ...(cookies ? { cookies } : {}),
});

export type PageSpec<Deps = PortalDeps> = {
  name: string;
  method: 'GET' | 'POST';
  /** As API Gateway writes routes: `/portal/campaigns/{campaignId}`. */
  path: string;
  /** A page for someone in session sends anyone else to sign in first, and refuses other roles. */
  access: PageAccess;
  handle(context: PageContext, deps: Deps): Promise<PageAnswer>;
};

export const definePage = <Deps = PortalDeps>(spec: PageSpec<Deps>): PageSpec<Deps> => spec;
