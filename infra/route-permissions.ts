import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { RouteUse } from '../functions/http/route.js';
import { STAFF_IDENTITY_ENV } from '../functions/runtime/staff-identity.js';
import {
  grantEventAppends,
  grantEventReads,
  grantReadModelReads,
  grantStepTokens,
  grantUsageCounts,
} from './grants.js';
import type { ProgramFunction } from './program-function.js';
import type { StaffIdentity } from './staff-identity.js';

export type ProgramResources = {
  events: ITableV2;
  readModels: ITableV2;
  stepTokens: ITableV2;
  usageCounters: ITableV2;
  stateMachineArn: string;
  sessionKey: ISecret;
  staffIdentity: Pick<StaffIdentity, 'environment' | 'grantManageAccounts'>;
  /** Where the program's pages are, for the identity service to send browsers back to. */
  publicBaseUrl: string;
};

/**
 * What each use of a route's spec means in the cloud: the configuration its Lambda gets and the
 * permissions granted for it. A route's Lambda gets these for the uses its spec declares, only.
 */
export function grantRouteUses(fn: ProgramFunction, uses: readonly RouteUse[], r: ProgramResources): void {
  for (const use of uses) {
    switch (use) {
      case 'event-store:read':
        fn.addEnvironment('EVENTS_TABLE', r.events.tableName);
        grantEventReads(r.events, fn);
        break;
      case 'event-store:append':
        fn.addEnvironment('EVENTS_TABLE', r.events.tableName);
        grantEventAppends(r.events, fn);
        break;
      case 'read-models:read':
        fn.addEnvironment('READ_MODELS_TABLE', r.readModels.tableName);
        grantReadModelReads(r.readModels, fn);
        break;
      case 'journeys:start':
        fn.addEnvironment('STATE_MACHINE_ARN', r.stateMachineArn);
        fn.addEnvironment('JOURNEY_STEPS_TABLE', r.stepTokens.tableName);
        fn.addToRolePolicy(
          new PolicyStatement({
            effect: Effect.ALLOW,
            actions: ['states:StartExecution'],
            resources: [r.stateMachineArn],
          }),
        );
        break;
      case 'journeys:resume':
        fn.addEnvironment('STATE_MACHINE_ARN', r.stateMachineArn);
        fn.addEnvironment('JOURNEY_STEPS_TABLE', r.stepTokens.tableName);
        grantStepTokens(r.stepTokens, fn);
        fn.addToRolePolicy(
          new PolicyStatement({
            effect: Effect.ALLOW,
            actions: ['states:SendTaskSuccess', 'states:SendTaskFailure'],
            resources: [r.stateMachineArn],
          }),
        );
        break;
      case 'usage-counters':
        fn.addEnvironment('USAGE_COUNTERS_TABLE', r.usageCounters.tableName);
        grantUsageCounts(r.usageCounters, fn);
        break;
      case 'session-key':
        fn.addEnvironment('SESSION_SIGNING_KEY_SECRET_ARN', r.sessionKey.secretArn);
        r.sessionKey.grantRead(fn);
        break;
      case 'staff-accounts':
        fn.addEnvironment(
          STAFF_IDENTITY_ENV.userPoolId,
          r.staffIdentity.environment()[STAFF_IDENTITY_ENV.userPoolId] ?? '',
        );
        r.staffIdentity.grantManageAccounts(fn);
        break;
      case 'staff-sign-in': {
        const environment = r.staffIdentity.environment();
        for (const name of [
          STAFF_IDENTITY_ENV.issuer,
          STAFF_IDENTITY_ENV.signInUrl,
          STAFF_IDENTITY_ENV.clientId,
        ])
          fn.addEnvironment(name, environment[name] ?? '');
        fn.addEnvironment('PUBLIC_BASE_URL', r.publicBaseUrl);
        break;
      }
    }
  }
}
