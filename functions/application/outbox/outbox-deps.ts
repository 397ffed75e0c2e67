import type { AppDeps, EmailDeps } from '../deps.js';

/** What the outbox works with: the store it reads what is owed from (and records what went), and mail. */
export type OutboxDeps = AppDeps & EmailDeps;
