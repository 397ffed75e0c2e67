import type { z } from 'zod';
import type { RouteOptions } from './api-handler.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT';

/**
 * What a route's handler reaches beyond its request: the cloud stack gives its Lambda the
 * configuration and the permissions of exactly these, and nothing else.
 */
export type RouteUse =
  | 'event-store:read'
  | 'event-store:append'
  | 'read-models:read'
  | 'journeys:start'
  | 'journeys:resume'
  | 'email'
  | 'session-key';

/** One documented response of a route: the OpenAPI document is generated from these. */
export type ResponseSpec = { description: string; contentType?: string; example?: unknown };

/**
 * Everything about a route that is not its code: where it is, who may call it, what it takes and
 * answers. The cloud's API, the local gateway and the OpenAPI document all read routes from here.
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
    example?: { body?: unknown; query?: Record<string, string> };
  };
  responses: Record<number, ResponseSpec>;
};

export const defineRoute = <Spec extends RouteSpec>(spec: Spec): Spec => spec;
