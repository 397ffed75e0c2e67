import type { ConsoleDeps, PageSpec } from '../page.js';
import { approval, approvalPost, approvals } from './approvals.js';
import { campaign, reviseTerms } from './campaign.js';
import { newCampaign, newCampaignPost } from './campaign-new.js';
import { campaigns } from './campaigns.js';
import { reviewPost, scanPost } from './fraud-flag-actions.js';
import { fraudFlags } from './fraud-flags.js';
import { history, historySearch } from './history.js';
import { home } from './home.js';
import { inquiry } from './inquiry.js';
import { answerPost, resolvePost } from './inquiry-actions.js';
import { inquiryQueue } from './inquiry-queue.js';
import { closeStatementsPost, recordPaymentPost, schedulePaymentsPost } from './payment-run-actions.js';
import { paymentRun, paymentRuns } from './payment-runs.js';
import { payoutReport } from './payout-report.js';
import { signedIn, signIn, signInStart, signOut } from './sign-in.js';
import { addStaff, changeStaffRoles, staff } from './staff.js';

/** Every page of the staff console, served by its one Lambda. */
export const consolePages: readonly PageSpec<ConsoleDeps>[] = [
  home,
  signIn,
  signInStart,
  signedIn,
  signOut,
  approvals,
  approval,
  approvalPost,
  historySearch,
  history,
  campaigns,
  newCampaign,
  newCampaignPost,
  campaign,
  reviseTerms,
  staff,
  addStaff,
  changeStaffRoles,
  inquiryQueue,
  inquiry,
  answerPost,
  resolvePost,
  fraudFlags,
  scanPost,
  reviewPost,
  payoutReport,
  paymentRuns,
  paymentRun,
  closeStatementsPost,
  schedulePaymentsPost,
  recordPaymentPost,
];
