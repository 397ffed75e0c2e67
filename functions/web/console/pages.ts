import type { ConsoleDeps, PageSpec } from '../page.js';
import { approval, approvalPost, approvals } from './approvals.js';
import { history, historySearch } from './history.js';
import { home } from './home.js';
import { signedIn, signIn, signInStart, signOut } from './sign-in.js';

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
];
