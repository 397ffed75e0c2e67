import { isLanguage } from '../../i18n/language.js';
import { sessionOf } from '../browser-request.js';
import type { PortalDeps } from '../page.js';
import type { Site } from '../site.js';

/** The partner portal: a partner's session, read from the partner's view; sign-in is the log-in page. */
export const portalSite: Site<PortalDeps> = {
  name: 'portal',
  cookie: 'session',
  marker: 'signed-in',
  signInPath: '/portal',
  homePath: '/portal',
  footer: 'layout.footer',
  async session(app, key, token) {
    const partner = await sessionOf(app, key, token);
    if (!partner) return undefined;
    const { language, timeZone } = partner.view ?? {};
    return {
      sessionId: partner.sessionId,
      partner,
      ...(isLanguage(language) ? { language } : {}),
      ...(timeZone ? { timeZone } : {}),
      viewer: (csrf) => ({ kind: 'partner', mpnId: partner.mpnId, csrf }),
      allows: (access) => access === 'anyone' || access === 'partner',
      actor: () => ({ role: 'partner', id: partner.mpnId }),
    };
  },
};
