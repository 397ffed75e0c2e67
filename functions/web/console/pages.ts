import type { ConsoleDeps, PageSpec } from '../page.js';
import { approval, approvalPost, approvals } from './approvals.js';
import { reviewPost, scanPost } from './fraud-flag-actions.js';
import { fraudFlags } from './fraud-flags.js';
import { home } from './home.js';
import { inquiry } from './inquiry.js';
import { answerPost, resolvePost } from './inquiry-actions.js';
import { inquiryQueue } from './inquiry-queue.js';
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
  inquiryQueue,
  inquiry,
  answerPost,
  resolvePost,
  fraudFlags,
  scanPost,
  reviewPost,
];
