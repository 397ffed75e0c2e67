const PORTAL_PATH = /^\/portal(\/[A-Za-z0-9._~%-]+)*\/?(\?[A-Za-z0-9._~%=&+-]*)?$/;

/**
 * A path of the portal to go to after logging in, or nothing: never another site (`//evil.example`,
 * `/\evil.example`), never a path that leaves the portal (`/portal/../admin`).
 */
export function portalPathOrNothing(value: string | undefined): string | undefined {
  if (!value || value.length > 500 || !PORTAL_PATH.test(value)) return undefined;
  const segments = (value.split('?')[0] ?? '').split('/');
  if (segments.some((segment) => /^(\.|%2e)+$/i.test(segment))) return undefined;
  return value;
}
