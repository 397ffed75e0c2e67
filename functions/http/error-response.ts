import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod';
import type { Refusal, RefusalKind } from '../../domain/refusal.js';
import {
  AppendTooLargeError,
  IdempotencyKeyUsedError,
  StreamVersionConflictError,
} from '../ports/event-store.js';
import { ApiError, type ErrorBody } from './api-error.js';

/** The one table from what the rules refuse to HTTP statuses (docs/http-api.md, "Errors"). */
const statusOfKind: Record<RefusalKind, number> = {
  'not-found': 404,
  conflict: 409,
  expired: 410,
  'rule-violation': 422,
  unauthorized: 401,
  'too-many-attempts': 429,
};

export const statusOfRefusal = (refusal: Refusal) => statusOfKind[refusal.kind];

/** A refusal of the rules, as the error the API answers with. */
export function apiErrorOfRefusal({ kind, code, message, details, retryAfterSeconds }: Refusal): ApiError {
  const headers: Record<string, string> =
    retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) };
  if (kind === 'unauthorized') headers['www-authenticate'] = 'Bearer';
  const listed = Object.keys(details).length > 0 ? [details] : [];
  return new ApiError(statusOfKind[kind], code, message, listed, headers);
}

/** A field that is wrong, by its path in the request: `body.lines.3.quantity`. */
export type FieldIssue = { field: string; message: string };

export const fieldIssues = (error: z.ZodError, location: string): FieldIssue[] =>
  error.issues.map((issue) => ({
    field: [location, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));

export class RequestValidationError extends ApiError {
  constructor(issues: FieldIssue[]) {
    super(400, 'invalid-request', 'The request is not valid: see details, field by field.', issues);
  }
}

/** Errors thrown by middy's body parsers carry a status, and may be told to users as they are. */
const isExposedHttpError = (error: unknown): error is Error & { statusCode: number } =>
  error instanceof Error &&
  typeof (error as { statusCode?: unknown }).statusCode === 'number' &&
  (error as unknown as { statusCode: number }).statusCode < 500;

function apiErrorOf(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof z.ZodError) return new RequestValidationError(fieldIssues(error, 'request'));
  // Another writer kept winning the race (commands retry a few times before they give up).
  if (error instanceof StreamVersionConflictError || error instanceof IdempotencyKeyUsedError) {
    return new ApiError(
      409,
      'concurrent-change',
      'Someone else changed this at the same moment: please try again.',
    );
  }
  // The request's fields are each within bounds, yet what it would record is more than DynamoDB holds.
  if (error instanceof AppendTooLargeError) return new ApiError(413, 'too-large', error.message);
  if (isExposedHttpError(error)) {
    // middy 6 answers 415 for a body that does not parse as well: only this message is about the type.
    if (error.statusCode === 415 && error.message === 'Unsupported Media Type') {
      return new ApiError(415, 'unsupported-media-type', 'Send the body as application/json.');
    }
    if (error.statusCode === 413) return new ApiError(413, 'body-too-large', 'The body is too large.');
    return new ApiError(400, 'malformed-body', 'The body is not well-formed JSON.');
  }
  return undefined;
}

/**
 * The answer to a failed request. Anything that is not a known refusal is a bug: it is logged by
 * the caller and answered 500 without internals.
 */
export function errorResponse(error: unknown): {
  response: APIGatewayProxyStructuredResultV2;
  unexpected: boolean;
} {
  const known = apiErrorOf(error);
  const apiError =
    known ??
    new ApiError(500, 'internal-error', 'Something went wrong on our side. It was logged; please try again.');
  return { response: apiErrorResponse(apiError), unexpected: known === undefined };
}

function apiErrorResponse(apiError: ApiError): APIGatewayProxyStructuredResultV2 {
  const body: ErrorBody = {
    error: { code: apiError.code, message: apiError.message, details: apiError.details },
  };
  return {
    statusCode: apiError.status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...apiError.headers },
    body: JSON.stringify(body),
  };
}

/** The answer to a request the rules refused: an expected outcome, answered as docs/http-api.md says. */
export const refusalResponse = (refusal: Refusal): APIGatewayProxyStructuredResultV2 =>
  apiErrorResponse(apiErrorOfRefusal(refusal));
