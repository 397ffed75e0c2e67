import type { PageSpec } from '../page.js';
import { campaign, register, termsFile } from './campaign.js';
import { campaigns } from './campaigns.js';
import { dashboard } from './dashboard.js';
import { home, logInPost, logOutPost, root } from './log-in.js';
import { notFound } from './not-found.js';
import { codeSent, newCode, newCodePost, signUp, signUpPost } from './sign-up.js';

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
  // Last: the gateway prefers every other route, so only paths no page has reach it.
  notFound,
];
