import type * as z from 'zod';
import { ErrorBody } from './api-error.js';
import { JSON_TYPE } from './responses.js';
import type { ResponseSpec, RouteSpec } from './route.js';

/**
 * The answers a route documents, as the OpenAPI document shows them and the tests check them: its
 * spec's own, and those the gateway and the middleware give every route of its kind. Failures any
 * route may meet (500, a lost race's 409) are documented once, in docs/http-api.md ("Errors").
 */
export function documentedResponses(spec: RouteSpec): Record<number, ResponseSpec> {
  const responses: Record<number, ResponseSpec> = { ...spec.responses };
  if (spec.paged) {
    const own = responses[400]?.description;
    responses[400] = {
      description: `${own ? `${own} ` : ''}A \`limit\` out of bounds, or a \`cursor\` this route did not answer (\`invalid-cursor\`).`,
    };
  }
  if (spec.role !== 'anyone' && spec.role !== 'approver') {
    responses[403] = { description: 'Valid credentials of another role: this route is not theirs.' };
  }
  if (spec.body !== 'none') {
    responses[413] = {
      description: 'The body is over 6 MB, or what it would record is too large to store.',
    };
    responses[415] = {
      description:
        spec.body === 'json' ? 'The body is not declared JSON.' : 'The body is neither a form nor JSON.',
    };
  }
  return responses;
}

/** The media types a response may have, without their parameters (`; charset=utf-8`). */
export const mediaTypesOf = (response: ResponseSpec): string[] =>
  (response.contentTypes ?? [JSON_TYPE]).map(mediaType);

export const mediaType = (contentType: string) => contentType.split(';')[0]?.trim().toLowerCase() ?? '';

/** The schema of a response's JSON body: its own, or for an error status the common error body. */
export const jsonBodyOf = (status: number, response: ResponseSpec): z.ZodType | undefined =>
  response.body ?? (status >= 400 ? ErrorBody : undefined);
