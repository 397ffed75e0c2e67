import type { ConsoleDeps, PageSpec } from '../page.js';
import { approval, approvalPost, approvals } from './approvals.js';
import { home } from './home.js';
import { closeStatementsPost, recordPaymentPost, schedulePaymentsPost } from './payment-run-actions.js';
import { paymentRun, paymentRuns } from './payment-runs.js';
import { payoutReport } from './payout-report.js';
import { signedIn, signIn, signInPost, signOut } from './sign-in.js';

/** Every page of the staff console, served by its one Lambda. */
export const consolePages: readonly PageSpec<ConsoleDeps>[] = [
  home,
  signIn,
  signInPost,
  signedIn,
  signOut,
  approvals,
  approval,
  approvalPost,
  payoutReport,
  paymentRuns,
  paymentRun,
  closeStatementsPost,
  schedulePaymentsPost,
  recordPaymentPost,
];
