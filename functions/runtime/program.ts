import type { ProgramDeps } from '../application/deps.js';
import { systemClock } from '../ports/clock.js';
import { lazy } from './lazy.js';
import { programPolicyFrom } from './program-policy.js';

const policy = lazy(() => programPolicyFrom(process.env));

/** What every function works with: the time, and the program's rules from its environment. */
export const programDeps = (): ProgramDeps => ({ clock: systemClock, policy: policy() });
