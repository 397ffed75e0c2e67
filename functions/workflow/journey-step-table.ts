import * as awaitDecision from '../handlers/journey/await-decision.js';
import * as awaitLogin from '../handlers/journey/await-login.js';
import * as computePayout from '../handlers/journey/compute-payout.js';
import * as expireRegistration from '../handlers/journey/expire-registration.js';
import * as notifyPartner from '../handlers/journey/notify-partner.js';
import * as plan from '../handlers/journey/plan.js';
import * as recordFailure from '../handlers/journey/record-failure.js';
import * as sendAccessCode from '../handlers/journey/send-access-code.js';
import * as sendStatements from '../handlers/journey/send-statements.js';

/**
 * Each Task state of the partner journey and the handler module its Lambda runs
 * (functions/handlers/journey/<file>.ts). The CDK construct names its states and functions from
 * this table; the local executor runs the same modules for the same states.
 */
export const journeySteps = {
  Plan: { file: 'plan', module: plan },
  SendAccessCode: { file: 'send-access-code', module: sendAccessCode },
  AwaitLogin: { file: 'await-login', module: awaitLogin },
  NotifyPartner: { file: 'notify-partner', module: notifyPartner },
  AwaitDecision: { file: 'await-decision', module: awaitDecision },
  ExpireRegistration: { file: 'expire-registration', module: expireRegistration },
  ComputePayout: { file: 'compute-payout', module: computePayout },
  SendStatements: { file: 'send-statements', module: sendStatements },
  RecordFailure: { file: 'record-failure', module: recordFailure },
} as const;

export type JourneyStepName = keyof typeof journeySteps;
