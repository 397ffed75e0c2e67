const SITE_PATH = /^\/(portal|console)(\/[A-Za-z0-9._~%-]+)*\/?(\?[A-Za-z0-9._~%=&+-]*)?$/;

/**
 * A path of a site (the portal or the console) to go to after signing in, or nothing: never
 * another site (`//evil.example`, `/\evil.example`), never a path that leaves the site
 * (`/portal/../admin`), never the other site of the program.
 */
export function sitePathOrNothing(site: 'portal' | 'console', value: string | undefined): string | undefined {
  if (!value || value.length > 500) return undefined;
  const match = SITE_PATH.exec(value);
  if (match?.[1] !== site) return undefined;
  const segments = (value.split('?')[0] ?? '').split('/');
  if (segments.some((segment) => /^(\.|%2e)+$/i.test(segment))) return undefined;
  return value;
}

export const portalPathOrNothing = (value: string | undefined) => sitePathOrNothing('portal', value);
