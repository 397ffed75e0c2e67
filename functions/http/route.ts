import type { z } from 'zod';
import type { ProgramDeps } from '../application/deps.js';
import type { EventReader, EventStore } from '../ports/event-store.js';
import type { ReadModelQueries } from '../ports/read-models.js';
import type { StaffAccounts } from '../ports/staff-accounts.js';
import type { StaffSignIn } from '../ports/staff-sign-in.js';
import type { UsageCounters } from '../ports/usage-counters.js';
import type { JourneyStarter, StepSettler } from '../ports/workflow.js';
import type { RouteOptions } from './api-handler.js';
import type { PageSize } from './page-cursor.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT';

/**
 * What a route's handler reaches beyond its request, and what each gives it. The cloud stack gives
 * a route's Lambda the configuration and the permissions of exactly these, and its handler is
 * typed with exactly these: reaching further does not compile.
 */
export type UseDeps = {
  'event-store:read': { store: EventReader };
  'event-store:append': { store: EventStore };
  'read-models:read': { readModels: ReadModelQueries };
  'journeys:start': { workflow: JourneyStarter };
  'journeys:resume': { workflow: StepSettler };
  'session-key': { sessionKey: () => Promise<string> };
  'usage-counters': { counters: UsageCounters };
  'staff-accounts': { staffAccounts: StaffAccounts };
  /** The sign-in, and the program's public address the identity service sends browsers back to. */
  'staff-sign-in': { staffSignIn: StaffSignIn; publicBaseUrl: string };
};

export type RouteUse = keyof UseDeps;

/** One documented response of a route: the OpenAPI document is generated from these. */
export type ResponseSpec = {
  description: string;
  /** What the body may be (default: JSON only); a request chooses among several (a format, a form). */
  contentTypes?: readonly [string, ...string[]];
  /** The JSON body's schema; an error status without one answers the common error body. */
  body?: z.ZodType;
  example?: unknown;
};

/**
 * Everything about a route that is not its code: where it is, who may call it, what it takes and
 * answers. The cloud's API, the local gateway and the OpenAPI document all read routes from here,
 * and its handler is given the body and query parsed with these schemas.
 */
export type RouteSpec = RouteOptions & {
  method: HttpMethod;
  /** The path as API Gateway writes it: `/campaigns/{campaignId}`. */
  path: string;
  summary: string;
  uses: readonly RouteUse[];
  request?: {
    body?: z.ZodType;
    query?: z.ZodType;
    /** Takes an `Idempotency-Key` header: a retried request gets the first one's result. */
    idempotencyKey?: true;
    example?: { body?: unknown; query?: Record<string, string> };
  };
  /** A list route's pages (docs/http-api.md, "Pages"): its query takes `limit` and `cursor`. */
  paged?: PageSize;
  responses: Record<number, ResponseSpec>;
};

export const defineRoute = <const Spec extends RouteSpec>(spec: Spec): Spec => spec;

type Intersection<Union> = (Union extends unknown ? (part: Union) => void : never) extends (
  all: infer All,
) => void
  ? All
  : never;

/** What a route's handler works with: the program's time and rules, and what its uses give. */
export type RouteDeps<Spec extends Pick<RouteSpec, 'uses'>> = ProgramDeps &
  Intersection<UseDeps[Spec['uses'][number]]>;
