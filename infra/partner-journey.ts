import { ArnFormat, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AttributeType, type ITableV2, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  Choice,
  Condition,
  DefinitionBody,
  Fail,
  IntegrationPattern,
  JitterType,
  JsonPath,
  LogLevel,
  Pass,
  Result,
  type RetryProps,
  StateMachine,
  StateMachineType,
  Succeed,
  TaskInput,
  Timeout,
  Wait,
  WaitTime,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { journeyStepTable } from '../functions/adapters/journey-step-table.js';
import { type JourneyStepName, journeySteps } from '../functions/workflow/journey-step-table.js';
import { grantEventAppends, grantEventReads, grantStepTokens } from './grants.js';
import { ProgramFunction } from './program-function.js';

export type PartnerJourneyProps = {
  events: ITableV2;
  /** Allows sending from the program's sender identity. */
  sendEmail: PolicyStatement;
  bundleAwsSdk: boolean;
  logRetention: RetentionDays;
  retainData: boolean;
};

/** AWS's recommended retrier for Lambda tasks: the service's transient errors, with backoff and jitter. */
export const LAMBDA_SERVICE_ERRORS = [
  'Lambda.ClientExecutionTimeoutException',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
];

/** Transient errors of the AWS services the steps call, as the SDK names them once its own retries are spent. */
export const AWS_TRANSIENT_ERRORS = [
  'ThrottlingException',
  'Throttling',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TransactionConflictException',
  'ServiceUnavailable',
  'InternalServerError',
  'TimeoutError',
];

const retries: RetryProps[] = [
  {
    errors: LAMBDA_SERVICE_ERRORS,
    interval: Duration.seconds(2),
    maxAttempts: 6,
    backoffRate: 2,
    jitterStrategy: JitterType.FULL,
  },
  {
    errors: AWS_TRANSIENT_ERRORS,
    interval: Duration.seconds(2),
    maxAttempts: 5,
    backoffRate: 2,
    jitterStrategy: JitterType.FULL,
  },
];

/**
 * The partner journey, the program of the announcement as one Standard state machine: an
 * execution per partner for onboarding (access code, login) and one per registration (approval,
 * decision, campaign end, payout, statements). Each lap asks Plan what to do next from the
 * events, does it, and comes back: the state is in the events, never only in the execution.
 */
export class PartnerJourney extends Construct {
  /** Gives every step what the program tells them: sender, contacts, the API's address. */
  configure(environment: Record<string, string>): void {
    for (const fn of Object.values(this.functions)) {
      for (const [name, value] of Object.entries(environment)) fn.addEnvironment(name, value);
    }
  }

  readonly stateMachine: StateMachine;
  readonly stepTokens: TableV2;
  readonly functions: Record<JourneyStepName, ProgramFunction>;
  /** Known before the state machine exists, so that its own steps can name it without a cycle. */
  readonly stateMachineArn: string;

  constructor(scope: Construct, id: string, props: PartnerJourneyProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const stateMachineName = `${stack.stackName}-partner-journey`;
    this.stateMachineArn = stack.formatArn({
      service: 'states',
      resource: 'stateMachine',
      resourceName: stateMachineName,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });

    this.stepTokens = new TableV2(this, 'StepTokens', {
      partitionKey: { name: journeyStepTable.partitionKey, type: AttributeType.STRING },
      timeToLiveAttribute: journeyStepTable.timeToLiveAttribute,
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.retainData,
      removalPolicy: props.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    const environment = {
      EVENTS_TABLE: props.events.tableName,
      JOURNEY_STEPS_TABLE: this.stepTokens.tableName,
      STATE_MACHINE_ARN: this.stateMachineArn,
    };
    const stepFunction = (name: JourneyStepName) =>
      new ProgramFunction(this, `${name}Function`, {
        handler: `journey/${journeySteps[name].file}`,
        description: `Partner journey: the ${name} step`,
        environment,
        timeout: Duration.seconds(30),
        bundleAwsSdk: props.bundleAwsSdk,
        logRetention: props.logRetention,
      });
    this.functions = Object.fromEntries(
      (Object.keys(journeySteps) as JourneyStepName[]).map((name) => [name, stepFunction(name)]),
    ) as Record<JourneyStepName, ProgramFunction>;

    const stepInput = {
      journey: JsonPath.objectAt('$.journey'),
      plan: JsonPath.objectAt('$.plan'),
      execution: JsonPath.executionName,
    };
    const task = (
      name: JourneyStepName,
      options: { waits?: boolean; resultPath?: string; input?: Record<string, unknown> } = {},
    ) => {
      const invoke = new LambdaInvoke(this, name, {
        lambdaFunction: this.functions[name],
        retryOnServiceExceptions: false,
        ...(options.waits
          ? {
              integrationPattern: IntegrationPattern.WAIT_FOR_TASK_TOKEN,
              payload: TaskInput.fromObject({
                ...stepInput,
                ...options.input,
                taskToken: JsonPath.taskToken,
              }),
              taskTimeout: Timeout.at('$.plan.waitSeconds'),
            }
          : { payload: TaskInput.fromObject({ ...stepInput, ...options.input }), payloadResponseOnly: true }),
        resultPath: options.resultPath ?? JsonPath.DISCARD,
      });
      for (const retry of retries) invoke.addRetry(retry);
      return invoke;
    };

    const failed = new Fail(this, 'JourneyFailed', {
      error: 'JourneyStepFailed',
      cause: 'A step failed after its retries; see the JourneyStepFailed event.',
    });
    const recordFailure = task('RecordFailure', { input: { failure: JsonPath.objectAt('$.failure') } }).next(
      failed,
    );
    const plan = task('Plan', { resultPath: '$.plan' });
    const start = new Pass(this, 'Start', {
      result: Result.fromObject({ next: 'plan', round: 0 }),
      resultPath: '$.plan',
    });
    const awaitLogin = task('AwaitLogin', { waits: true });
    const awaitDecision = task('AwaitDecision', { waits: true });
    // A wait that ran out, or a login refused by a locked code, is simply a reason to plan again.
    awaitLogin.addCatch(plan, {
      errors: ['States.Timeout', 'AccessCodeLocked'],
      resultPath: JsonPath.DISCARD,
    });
    awaitDecision.addCatch(plan, { errors: ['States.Timeout'], resultPath: JsonPath.DISCARD });

    const steps: [string, LambdaInvoke | Wait][] = [
      ['send-access-code', task('SendAccessCode')],
      ['await-login', awaitLogin],
      ['notify', task('NotifyPartner')],
      ['await-decision', awaitDecision],
      ['expire-registration', task('ExpireRegistration')],
      [
        'wait-for-campaign-end',
        new Wait(this, 'WaitForCampaignEnd', { time: WaitTime.timestampPath('$.plan.wakeAt') }),
      ],
      ['compute-payout', task('ComputePayout')],
      ['send-statements', task('SendStatements')],
    ];
    const route = new Choice(this, 'Route');
    for (const [next, state] of steps) {
      route.when(Condition.stringEquals('$.plan.next', next), state);
      if (state instanceof LambdaInvoke)
        state.addCatch(recordFailure, { errors: ['States.ALL'], resultPath: '$.failure' });
      state.next(plan);
    }
    route.when(Condition.stringEquals('$.plan.next', 'done'), new Succeed(this, 'Done'));
    route.otherwise(
      new Fail(this, 'UnknownStep', {
        error: 'UnknownStep',
        cause: 'Plan named a step this state machine does not have.',
      }),
    );
    plan.addCatch(recordFailure, { errors: ['States.ALL'], resultPath: '$.failure' });
    plan.next(route);

    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineName,
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromChainable(start.next(plan)),
      tracingEnabled: true,
      timeout: Duration.days(365),
      logs: {
        destination: new LogGroup(this, 'Logs', {
          retention: props.logRetention,
          removalPolicy: RemovalPolicy.DESTROY,
        }),
        level: LogLevel.ALL,
        // Inputs and outputs stay out of the logs: they hold task tokens.
        includeExecutionData: false,
      },
    });

    Validations.of(this.stateMachine).acknowledge({
      id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray tracing and CloudWatch Logs delivery for Step Functions (logs:CreateLogDelivery and the like) support no resource-level permissions.',
    });
    for (const fn of Object.values(this.functions)) {
      const logicalId = stack.getLogicalId(fn.node.defaultChild as CfnFunction);
      Validations.of(this.stateMachine).acknowledge({
        id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${logicalId}.Arn>:*]`,
        reason:
          "CDK's LambdaInvoke lets the state machine invoke its step's function and that function's versions and aliases.",
      });
    }

    // The waiting steps resume themselves when the person acted before they started waiting.
    const resume = new PolicyStatement({
      effect: Effect.ALLOW,
      actions: ['states:SendTaskSuccess', 'states:SendTaskFailure'],
      resources: [this.stateMachineArn],
    });
    for (const name of ['AwaitLogin', 'AwaitDecision'] as const) {
      this.functions[name].addToRolePolicy(resume);
      grantStepTokens(this.stepTokens, this.functions[name]);
    }
    for (const name of ['Plan', 'AwaitLogin'] as const) grantEventReads(props.events, this.functions[name]);
    for (const name of [
      'SendAccessCode',
      'NotifyPartner',
      'AwaitDecision',
      'ExpireRegistration',
      'ComputePayout',
      'SendStatements',
      'RecordFailure',
    ] as const) {
      grantEventAppends(props.events, this.functions[name]);
    }
    for (const name of [
      'SendAccessCode',
      'NotifyPartner',
      'AwaitDecision',
      'SendStatements',
      'RecordFailure',
    ] as const) {
      this.functions[name].addToRolePolicy(props.sendEmail);
    }
  }
}
