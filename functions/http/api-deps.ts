import type { AppDeps } from '../application/deps.js';
import type { Mailer } from '../ports/mailer.js';
import type { ReadModelQueries } from '../ports/read-models.js';
import type { Workflow } from '../ports/workflow.js';

/** What the API's handlers work with; built once per process from configuration. */
export type ApiDeps = AppDeps & {
  readModels: ReadModelQueries;
  workflow: Workflow;
  mailer: Mailer;
  /** The key that signs partner sessions (fetched once, then kept). */
  sessionKey: () => Promise<string>;
};

/** Handlers take their dependencies lazily, so that importing one builds nothing. */
export type DepsOf<Deps> = () => Deps;
