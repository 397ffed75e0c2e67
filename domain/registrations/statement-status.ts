import type { StatementRegistrationStatus } from '../payouts/statement.js';
import type { RegistrationStatus } from './registration.js';

/** Statements say "pending" where the partner's dashboard says "pending-approval". */
export const statementStatusOf = (status: RegistrationStatus): StatementRegistrationStatus =>
  status === 'pending-approval' ? 'pending' : status;
