import * as z from 'zod';
import { ErrorBody } from '../../functions/http/api-error.js';
import {
  documentedResponses,
  jsonBodyOf,
  mediaType,
  mediaTypesOf,
} from '../../functions/http/documented-responses.js';
import { JSON_TYPE } from '../../functions/http/responses.js';
import type { RouteSpec } from '../../functions/http/route.js';
import { pathMatcher } from '../../infra/local/api-gateway-event.js';

/** An answer of the API as a client received it. */
type ReceivedAnswer = {
  method: string;
  pathname: string;
  status: number;
  contentType: string;
  body: unknown;
};

/** A route and a status it answers with, as the document names them: `statements-get 404`. */
const pairOf = (route: RouteSpec, status: number | string) => `${route.name} ${status}`;

/** Every (route, status) pair the routes document. */
export const documentedPairs = (routes: readonly RouteSpec[]) =>
  routes.flatMap((route) => Object.keys(documentedResponses(route)).map((status) => pairOf(route, status)));

class ContractError extends Error {
  override readonly name = 'ContractError';
}

/**
 * The OpenAPI contract, held against every answer: its status is one its route documents, its
 * content type one documented for that status, and a JSON body fits the schema documented for
 * it. An answer of no route (the gateway's 404 and 405) is the common error body. The pairs
 * checked are kept, so that a test can tell which documented ones were never provoked.
 */
export function answerContract(
  routes: readonly RouteSpec[],
  pages: readonly { method: string; path: string }[] = [],
) {
  const matchers = routes.map((route) => ({ route, matches: pathMatcher(route.path) }));
  // A request may land on a portal page (`/registrations/..` is `/`): pages are no part of the
  // API's contract, and their own tests read them.
  const pageMatchers = pages.map((page) => ({ page, matches: pathMatcher(page.path) }));
  const checked = new Set<string>();

  function checkJson(schema: z.ZodType, body: unknown, what: string) {
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new ContractError(
        `${what} does not fit its documented schema:\n${z.prettifyError(parsed.error)}\n${JSON.stringify(body)}`,
      );
    }
  }

  function check({ method, pathname, status, contentType, body }: ReceivedAnswer): void {
    const route = matchers.find((m) => m.route.method === method && m.matches(pathname))?.route;
    if (!route && pageMatchers.some((m) => m.page.method === method && m.matches(pathname))) return;
    if (!route) {
      checkJson(ErrorBody, body, `The gateway's ${status} to ${method} ${pathname}`);
      return;
    }
    const what = `${route.name} (${method} ${pathname}) answered ${status}`;
    const response = documentedResponses(route)[status];
    if (!response) throw new ContractError(`${what}, which it does not document`);
    const media = mediaType(contentType);
    if (!mediaTypesOf(response).includes(media)) {
      throw new ContractError(`${what} as ${contentType}, not as documented (${mediaTypesOf(response)})`);
    }
    if (media === JSON_TYPE) {
      const schema = jsonBodyOf(status, response);
      if (!schema) throw new ContractError(`${what} with JSON, for which it documents no schema`);
      checkJson(schema, body, what);
    }
    checked.add(pairOf(route, status));
  }

  return { check, checked };
}
