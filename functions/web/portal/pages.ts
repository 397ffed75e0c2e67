import type { PageSpec } from '../page.js';
import { campaign, register, termsFile } from './campaign.js';
import { campaigns } from './campaigns.js';
import { dashboard } from './dashboard.js';
import { inquiries } from './inquiries.js';
import { inquiry } from './inquiry.js';
import { newInquiry, raise } from './inquiry-new.js';
import { home, logInPost, logOutPost, root } from './log-in.js';
import { notFound } from './not-found.js';
import { paymentProfile, paymentProfileSave } from './payment-profile.js';
import { codeSent, newCode, newCodePost, signUp, signUpPost } from './sign-up.js';
import { statement, statementCsvFile, statementPdfFile } from './statement.js';

/** Every page of the partner portal: the cloud's API routes them to the portal Lambda, the local gateway too. */
export const portalPages: readonly PageSpec[] = [
  root,
  home,
  logInPost,
  logOutPost,
  signUp,
  signUpPost,
  newCode,
  newCodePost,
  codeSent,
  dashboard,
  campaigns,
  campaign,
  register,
  termsFile,
  statement,
  statementPdfFile,
  statementCsvFile,
  inquiries,
  inquiry,
  newInquiry,
  raise,
  paymentProfile,
  paymentProfileSave,
  // Only paths no other page has reach it: the gateway prefers every other route.
  notFound,
];
