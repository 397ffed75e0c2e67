import { staffSessionStands } from '../../../domain/staff/staff-member.js';
import type { StaffRole } from '../../../events/staff.js';
import { loadStaffMember } from '../../application/staff/staff-directory.js';
import { staffActor } from '../../application/staff/staff-sessions.js';
import { verifyStaffSessionToken } from '../../security/staff-session-tokens.js';
import type { ConsoleDeps, PageAccess } from '../page.js';
import type { Site } from '../site.js';

const isRole = (access: PageAccess): access is StaffRole =>
  access === 'program-admin' || access === 'approver' || access === 'finance';

/**
 * The staff console: a person's session, which stands while the directory still gives them a
 * role and they have not signed out since it opened (read from their stream on each request, so
 * a role taken away holds at once). Signing in is at the identity service.
 */
export const consoleSite: Site<ConsoleDeps> = {
  name: 'console',
  cookie: 'staff',
  marker: 'staff-signed-in',
  signInPath: '/console/sign-in',
  homePath: '/console',
  footer: 'console.footer',
  async session(app, key, token) {
    const claims = verifyStaffSessionToken(key, token, app.clock.now());
    if (!claims) return undefined;
    const member = await loadStaffMember(app.store, claims.email);
    if (!staffSessionStands(member, claims.openedAt)) return undefined;
    const staff = { ...claims, name: member.name, roles: member.roles };
    return {
      sessionId: claims.sessionId,
      staff,
      viewer: (csrf) => ({ kind: 'staff', name: member.name, roles: member.roles, csrf }),
      allows: (access) =>
        access === 'anyone' || access === 'staff' || (isRole(access) && member.roles.includes(access)),
      actor: (access) => staffActor(member, isRole(access) ? access : undefined),
    };
  },
};
