import type { Mailer } from '../../ports/mailer.js';
import type { AppDeps } from '../deps.js';

/** What the outbox works with: the store it reads what is owed from (and records what went), and mail. */
export type OutboxDeps = AppDeps & { mailer: Mailer };
