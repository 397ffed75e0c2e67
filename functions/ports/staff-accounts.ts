import type { StaffRole } from '../../events/staff.js';

export { STAFF_ROLES, type StaffRole } from '../../events/staff.js';

/**
 * The identity service's accounts of the staff (a Cognito user pool in the cloud): who can sign
 * in, in which groups. The staff directory (events) decides; this keeps the service in step.
 */
export interface StaffAccounts {
  /**
   * Makes sure the person can sign in, in exactly the groups of these roles; with no role, the
   * account is disabled. Safe to repeat: a second call with the same account changes nothing.
   */
  ensure(account: { email: string; name: string; roles: readonly StaffRole[] }): Promise<void>;
}
