import * as z from 'zod';

/**
 * An error the HTTP edge answers with as it is: a status, a code, a message for people, and
 * details. Domain errors and validation errors are turned into these in one place (error-response).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The body of every error a route answers with JSON (docs/http-api.md, "Errors"). */
export const ErrorBody = z.strictObject({
  error: z.strictObject({
    code: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
    message: z.string().min(1),
    details: z.array(z.unknown()),
  }),
});
export type ErrorBody = z.output<typeof ErrorBody>;

export const unauthenticated = (message = 'Credentials are missing or not valid.') =>
  new ApiError(401, 'unauthenticated', message, [], { 'www-authenticate': 'Bearer' });

export const forbidden = (message = 'These credentials may not use this route.') =>
  new ApiError(403, 'forbidden', message);
