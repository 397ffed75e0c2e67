import * as adminCampaigns from '../handlers/api/admin-campaigns.js';
import * as approvalsGet from '../handlers/api/approvals-get.js';
import * as approvalsPost from '../handlers/api/approvals-post.js';
import * as campaignsGet from '../handlers/api/campaigns-get.js';
import * as campaignsList from '../handlers/api/campaigns-list.js';
import * as campaignsTerms from '../handlers/api/campaigns-terms.js';
import * as financeInquiriesAnswer from '../handlers/api/finance-inquiries-answer.js';
import * as financeInquiriesList from '../handlers/api/finance-inquiries-list.js';
import * as financeInquiriesResolve from '../handlers/api/finance-inquiries-resolve.js';
import * as fraudFlagsReview from '../handlers/api/fraud-flags-review.js';
import * as fraudFlagsScan from '../handlers/api/fraud-flags-scan.js';
import * as health from '../handlers/api/health.js';
import * as inquiriesCreate from '../handlers/api/inquiries-create.js';
import * as inquiriesList from '../handlers/api/inquiries-list.js';
import * as partnersLogout from '../handlers/api/partners-logout.js';
import * as partnersSession from '../handlers/api/partners-session.js';
import * as partnersSignup from '../handlers/api/partners-signup.js';
import * as paymentProfileGet from '../handlers/api/payment-profile-get.js';
import * as paymentProfilePut from '../handlers/api/payment-profile-put.js';
import * as payoutsClose from '../handlers/api/payouts-close.js';
import * as payoutsIssued from '../handlers/api/payouts-issued.js';
import * as payoutsList from '../handlers/api/payouts-list.js';
import * as payoutsSchedule from '../handlers/api/payouts-schedule.js';
import * as registrationsCreate from '../handlers/api/registrations-create.js';
import * as registrationsGet from '../handlers/api/registrations-get.js';
import * as registrationsList from '../handlers/api/registrations-list.js';
import * as reportsPayouts from '../handlers/api/reports-payouts.js';
import * as salesRecord from '../handlers/api/sales-record.js';
import * as salesReverse from '../handlers/api/sales-reverse.js';
import * as statementsGet from '../handlers/api/statements-get.js';
import * as statementsList from '../handlers/api/statements-list.js';

/**
 * Every route of docs/http-api.md and the handler module that serves it (functions/handlers/api/<name>.ts).
 * The CDK stack makes one Lambda per route from this list; the local gateway serves the same
 * modules; the OpenAPI document is generated from their specs.
 */
export const routeModules = [
  partnersSignup,
  partnersSession,
  partnersLogout,
  campaignsList,
  campaignsGet,
  campaignsTerms,
  registrationsCreate,
  registrationsList,
  registrationsGet,
  approvalsGet,
  approvalsPost,
  salesRecord,
  salesReverse,
  reportsPayouts,
  payoutsList,
  payoutsClose,
  payoutsSchedule,
  payoutsIssued,
  statementsList,
  statementsGet,
  paymentProfileGet,
  paymentProfilePut,
  inquiriesCreate,
  inquiriesList,
  financeInquiriesList,
  financeInquiriesAnswer,
  financeInquiriesResolve,
  fraudFlagsScan,
  fraudFlagsReview,
  adminCampaigns,
  health,
] as const;

export type RouteModule = (typeof routeModules)[number];
