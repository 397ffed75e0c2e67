import { App, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import type { RouteUse } from '../../functions/http/route.js';
import { routeModules } from '../../functions/http/route-table.js';
import { consolePages } from '../../functions/web/console/pages.js';
import { portalPages } from '../../functions/web/portal/pages.js';
import { journeySteps } from '../../functions/workflow/journey-step-table.js';
import { CashbackStack, type StageSettings } from '../../infra/cashback-stack.js';
import { stageSettings } from '../../infra/stage-settings.js';

/** The stack as `cdk synth` builds it, without bundling the functions (that is tested by the synth test). */
function synth(settings: StageSettings = { stage: 'dev' }) {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new CashbackStack(app, 'PartnerCashback', settings);
  return { app, stack, template: Template.fromStack(stack) };
}

const { template } = synth();
// Every email goes as raw MIME, the one way that carries a file (the statement's PDF).
const SEND_EMAIL = 'ses:SendRawEmail';
const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
const resources = (type: string) => Object.entries(template.findResources(type));
const policyStatements = () =>
  resources('AWS::IAM::Policy').flatMap(([, p]) =>
    (p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]).map(
      (s) => ({
        role: JSON.stringify(p.Properties.Roles),
        actions: [s.Action].flat(),
        resource: s.Resource,
      }),
    ),
  );

describe('The event and read-model tables', () => {
  it('keep events on demand, encrypted, with point-in-time recovery and a stream of new images', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [
        { AttributeName: 'stream', KeyType: 'HASH' },
        { AttributeName: 'version', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
      SSESpecification: { SSEEnabled: true },
      Replicas: [
        Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
      ],
    });
  });

  it('are protected from deletion in production only', () => {
    const prod = synth({ stage: 'prod' }).template;
    expect(
      Object.values(prod.findResources('AWS::DynamoDB::GlobalTable')).every(
        (t) => t.DeletionPolicy === 'Retain',
      ),
    ).toBe(true);
    prod.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      Replicas: [Match.objectLike({ DeletionProtectionEnabled: true })],
    });
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      Replicas: [Match.objectLike({ DeletionProtectionEnabled: false })],
    });
  });

  it('feed the projector from the stream, halving failing batches and keeping what keeps failing in a queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      StartingPosition: 'TRIM_HORIZON',
    });
    // Large batches: many lines of a partner's day to one ledger page write; only the new events
    // the read models fold.
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { BatchSize: 1000 });
    const [[, projectorSource]] = resources('AWS::Lambda::EventSourceMapping').filter(
      ([, mapping]) => mapping.Properties.BatchSize === 1000,
    ) as [[string, { Properties: { FilterCriteria: { Filters: { Pattern: string }[] } } }]];
    const pattern = JSON.parse(projectorSource.Properties.FilterCriteria.Filters[0]?.Pattern ?? '{}');
    expect(pattern.eventName).toEqual(['INSERT']);
    expect(pattern.dynamodb.NewImage.type.S).toContain('SaleRecorded');
    expect(pattern.dynamodb.NewImage.type.S).toContain('RegistrationApproved');
    expect(pattern.dynamodb.NewImage.type.S).not.toContain('NotificationSent');
  });

  it('sweep the statement summaries still due every minute', () => {
    const summarizerId = resources('AWS::Lambda::Function').find(([id]) => id.includes('Summarizer'))?.[0];
    expect(summarizerId).toBeDefined();
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 minute)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [summarizerId, 'Arn'] } })],
    });
  });
});

describe('The functions', () => {
  const functions = resources('AWS::Lambda::Function');

  it('are one per route, the portal, the console, the authorizer, the projector, the summarizer, the notifier and one per journey step', () => {
    expect(functions).toHaveLength(
      routeModules.length + 1 + 1 + 1 + 1 + 1 + 1 + Object.keys(journeySteps).length,
    );
  });

  it('run on the newest Node.js runtime, arm64, traced, with explicit memory and timeout and their own log group', () => {
    for (const [id, fn] of functions) {
      expect(fn.Properties, id).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        MemorySize: expect.any(Number),
        Timeout: expect.any(Number),
        LoggingConfig: { LogFormat: 'JSON', LogGroup: expect.anything() },
      });
    }
    for (const [, group] of resources('AWS::Logs::LogGroup'))
      expect(group.Properties.RetentionInDays).toBeGreaterThan(0);
  });

  it('use no wildcard actions and no AWS managed policies', () => {
    for (const statement of policyStatements()) {
      for (const action of statement.actions) expect(action).not.toMatch(/\*/);
    }
    for (const [, role] of resources('AWS::IAM::Role'))
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  // The actions that change something or reach beyond the tables, by the use that alone may grant them.
  const sensitive: Record<string, RouteUse[]> = {
    'dynamodb:PutItem': ['event-store:append', 'journeys:resume'],
    'dynamodb:DeleteItem': ['journeys:resume'],
    'states:StartExecution': ['journeys:start'],
    'states:SendTaskSuccess': ['journeys:resume'],
    'dynamodb:UpdateItem': ['usage-counters'],
    'secretsmanager:GetSecretValue': ['session-key'],
  };
  const actionsOfRole = (roleId: string) =>
    new Set(policyStatements().flatMap((s) => (s.role.includes(`"${roleId}"`) ? s.actions : [])));
  const roleOfRoute = (name: string) => {
    const [id] = resources('AWS::IAM::Role').find(([id]) => id.startsWith(`Http${pascal(name)}Role`)) ?? [];
    if (!id) throw new Error(`No role for route ${name}`);
    return id;
  };

  it('let no route send email: emails go from the outbox, after the command is recorded', () => {
    for (const { route } of routeModules)
      expect(actionsOfRole(roleOfRoute(route.name)).has(SEND_EMAIL)).toBe(false);
  });

  it.each(routeModules.map((m) => [m.route.name, m.route.uses] as const))(
    '%s may do exactly what its declared uses need, of the sensitive actions',
    (name, uses) => {
      const granted = actionsOfRole(roleOfRoute(name));
      for (const [action, grantedBy] of Object.entries(sensitive)) {
        const expected = grantedBy.some((use) => (uses as readonly RouteUse[]).includes(use));
        expect(granted.has(action), `${name}: ${action}`).toBe(expected);
      }
    },
  );
});

describe('What a deployment is given', () => {
  it('asks for the sender, approver and finance addresses as parameters, and keeps the session key in Secrets Manager', () => {
    for (const name of ['SenderEmail', 'ApproverEmails', 'FinanceEmails'])
      template.hasParameter(name, { Type: 'String', MinLength: 3 });
    template.resourceCountIs('AWS::SecretsManager::Secret', 1);
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({}),
    });
  });

  it('lets the program send email only from its sender address', () => {
    const sends = policyStatements().filter((s) => s.actions.includes(SEND_EMAIL));
    expect(sends.length).toBeGreaterThan(0);
    const documents = resources('AWS::IAM::Policy').flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
    for (const statement of documents.filter((st: { Action: unknown }) =>
      [st.Action].flat().includes(SEND_EMAIL),
    ))
      expect(statement.Condition).toEqual({ StringEquals: { 'ses:FromAddress': { Ref: 'SenderEmail' } } });
  });

  it('gives every function that sends email the public address its links lead to: the API, which serves the portal', () => {
    const senders = new Set(
      policyStatements()
        .filter((s) => s.actions.includes(SEND_EMAIL))
        .flatMap((s) => JSON.parse(s.role) as { Ref: string }[])
        .map((role) => role.Ref),
    );
    const sending = resources('AWS::Lambda::Function').filter(([, fn]) =>
      senders.has(fn.Properties.Role['Fn::GetAtt'][0]),
    );
    expect(sending.map(([id]) => id)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^OutboxNotifier/)]),
    );
    for (const [id, fn] of sending)
      expect(fn.Properties.Environment.Variables.PUBLIC_BASE_URL, id).toEqual({
        'Fn::GetAtt': [expect.stringMatching(/^HttpApi/), 'ApiEndpoint'],
      });
  });
});

describe('The HTTP API', () => {
  const routes = resources('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties);

  it('serves every route of the route table, authorized by role', () => {
    expect(routes).toHaveLength(routeModules.length + portalPages.length + consolePages.length);
    const authorization = Object.fromEntries(routes.map((r) => [r.RouteKey, r.AuthorizationType]));
    for (const { route } of routeModules) {
      const expected =
        { anyone: 'NONE', approver: 'NONE', partner: 'CUSTOM' }[route.role as string] ?? 'AWS_IAM';
      expect(authorization[`${route.method} ${route.path}`], route.name).toBe(expected);
    }
  });

  it.each([
    ['portal', portalPages],
    ['console', consolePages],
  ] as const)(
    'serves every page of the %s from one Lambda of its own, open at the gateway (each page checks its session cookie)',
    (_, sitePages) => {
      const keys = new Set(sitePages.map((page) => `${page.method} ${page.path}`));
      const pages = routes.filter((r) => keys.has(r.RouteKey));
      expect(pages).toHaveLength(sitePages.length);
      expect(new Set(pages.map((r) => JSON.stringify(r.Target))).size).toBe(1);
      for (const page of pages) expect(page.AuthorizationType, page.RouteKey).toBe('NONE');
    },
  );

  it('gives the console, and no other function, the staff accounts of the user pool and where staff sign in', () => {
    const withPool = resources('AWS::Lambda::Function').filter(([, fn]) =>
      JSON.stringify((fn as { Properties: unknown }).Properties).includes('STAFF_USER_POOL_ID'),
    );
    expect(withPool).toHaveLength(1);
    const [, consoleFunction] = withPool[0] as [
      string,
      { Properties: { Environment: { Variables: Record<string, unknown> } } },
    ];
    expect(Object.keys(consoleFunction.Properties.Environment.Variables)).toEqual(
      expect.arrayContaining(['STAFF_ISSUER', 'STAFF_SIGN_IN_URL', 'STAFF_CLIENT_ID', 'PUBLIC_BASE_URL']),
    );
  });

  it('verifies partner sessions with the authorizer Lambda on every request, so an expired one is refused at once', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'REQUEST',
      EnableSimpleResponses: true,
      IdentitySource: ['$request.header.Authorization'],
      AuthorizerResultTtlInSeconds: 0,
    });
  });

  it('is throttled and writes JSON access logs', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
  });

  it('logs HTTP API variables only, and the route key, never a path that may hold an approval token', () => {
    const [[, stage]] = resources('AWS::ApiGatewayV2::Stage') as [
      [string, { Properties: { AccessLogSettings: { Format: string } } }],
    ];
    const fields = JSON.parse(stage.Properties.AccessLogSettings.Format) as Record<string, string>;
    expect(fields.routeKey).toBe('$context.routeKey');
    const variables = Object.values(fields).join(' ');
    for (const restOnly of [
      '$context.resourcePath',
      '$context.path',
      '$context.identity.user',
      '$context.identity.caller',
    ])
      expect(variables).not.toContain(restOnly);
  });

  it('gives finance, the sales system and program admins a policy each, for their routes only', () => {
    const policies = resources('AWS::IAM::ManagedPolicy').map(([id, p]) => [
      id,
      JSON.stringify(p.Properties.PolicyDocument),
    ]);
    expect(policies).toHaveLength(3);
    const finance = policies.find(([id]) => id?.includes('Finance'))?.[1] ?? '';
    expect(finance).toContain('GET/reports/payouts');
    expect(finance).not.toContain('/sales');
  });
});

describe('The partner journey', () => {
  it('is a Standard state machine with X-Ray and every log level, without execution data in the logs', () => {
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: false },
    });
  });
});

describe('Alarms', () => {
  it('watch Lambda errors and throttles, the dead letters and failed journeys, all to one topic', () => {
    const alarms = resources('AWS::CloudWatch::Alarm').map(([id]) => id);
    expect(alarms.filter((id) => id.includes('LambdaErrors'))).toHaveLength(1);
    expect(alarms.filter((id) => id.includes('LambdaThrottles'))).toHaveLength(1);
    expect(alarms.some((id) => id.includes('ProjectorDeadLetters'))).toBe(true);
    expect(alarms.some((id) => id.includes('JourneysFailed'))).toBe(true);
    for (const [, alarm] of resources('AWS::CloudWatch::Alarm')) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: expect.stringMatching(/^AlarmsTopic/) }]);
    }
  });

  it('email the address the stage names', () => {
    synth({ stage: 'prod', alarmEmail: 'oncall@program.example' }).template.hasResourceProperties(
      'AWS::SNS::Subscription',
      {
        Protocol: 'email',
        Endpoint: 'oncall@program.example',
      },
    );
  });
});

describe("The program's rules", () => {
  it('give every program function the rules the deployment sets, and no function a rule it did not', () => {
    const functions = (template: Template) =>
      Object.values(template.findResources('AWS::Lambda::Function')).map(
        (f) => (f.Properties.Environment?.Variables ?? {}) as Record<string, unknown>,
      );
    const custom = synth({ stage: 'dev', programPolicy: { MINIMUM_PAYOUT_CENTS: '10000' } }).template;
    const program = functions(custom).filter((env) => 'NODE_OPTIONS' in env);
    expect(program.length).toBeGreaterThan(30);
    for (const env of program) expect(env.MINIMUM_PAYOUT_CENTS).toBe('10000');
    for (const env of functions(template)) expect(env.MINIMUM_PAYOUT_CENTS).toBeUndefined();
  });

  it('come from context by their camel-cased names, whole numbers only', () => {
    const settings = (context: Record<string, string>) => stageSettings(new App({ context }));
    expect(settings({ minimumPayoutCents: '10000' }).programPolicy).toEqual({
      MINIMUM_PAYOUT_CENTS: '10000',
    });
    expect(settings({ paymentProfileChangeHoldSeconds: '259200' }).programPolicy).toEqual({
      PAYMENT_PROFILE_CHANGE_HOLD_SECONDS: '259200',
    });
    expect(settings({}).programPolicy).toBeUndefined();
    expect(() => settings({ sessionTtlSeconds: '8h' })).toThrow(
      "-c sessionTtlSeconds must be a whole number, not '8h'",
    );
    expect(() => settings({ approvalLinkTtlSeconds: '0' })).toThrow(
      "-c approvalLinkTtlSeconds must be a whole number from 3600 to 2592000, not '0'",
    );
  });
});

describe('cdk-nag', () => {
  it('finds nothing unacknowledged in the AwsSolutions and Serverless packs', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    new CashbackStack(app, 'PartnerCashback', { stage: 'prod' });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
    expect(() => app.synth()).not.toThrow();
  });

  it('would find an unacknowledged problem (the check is live)', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const stack = new CashbackStack(app, 'PartnerCashback', { stage: 'prod' });
    new Queue(stack, 'WithoutSslOrDeadLetters');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).toThrow();
  });
});
