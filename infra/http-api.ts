import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnApi,
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import {
  HttpIamAuthorizer,
  HttpLambdaAuthorizer,
  HttpLambdaResponseType,
} from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Effect, ManagedPolicy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { Role } from '../functions/http/api-handler.js';
import type { RouteSpec, RouteUse } from '../functions/http/route.js';
import { ProgramFunction } from './program-function.js';
import { grantRouteUses, type ProgramResources } from './route-permissions.js';

export type ProgramHttpApiProps = {
  routes: readonly RouteSpec[];
  /** The sites of pages (the partner portal, the staff console): each served by one Lambda. */
  sites: readonly Site[];
  resources: Omit<ProgramResources, 'publicBaseUrl'>;
  bundleAwsSdk: boolean;
  logRetention: RetentionDays;
  /** Requests per second across the API, and the burst above it. */
  throttle: { rateLimit: number; burstLimit: number };
  allowedOrigins: string[];
};

export type Site = {
  id: string;
  /** The handler module under functions/handlers. */
  handler: string;
  description: string;
  uses: readonly RouteUse[];
  pages: readonly Pick<RouteSpec, 'name' | 'method' | 'path'>[];
};

const IAM_ROLES = ['finance', 'sales-system', 'program-admin'] as const satisfies readonly Role[];
type IamRole = (typeof IAM_ROLES)[number];

const policyNames: Record<IamRole, string> = {
  finance: 'FinanceApiAccess',
  'sales-system': 'SalesSystemApiAccess',
  'program-admin': 'ProgramAdminApiAccess',
};

/**
 * The API of docs/http-api.md on API Gateway's HTTP API: one Lambda per route (from the route table), the
 * partner authorizer on partner routes, IAM (SigV4) on finance, sales and admin routes, with a
 * managed policy per role to attach to whoever plays it. Throttled, with JSON access logs.
 */
/**
 * One JSON line per request, in HTTP API variables (the REST API's standard fields include some that
 * HTTP APIs reject). The route key, never the path: an approval link's path holds its token.
 */
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  httpMethod: '$context.httpMethod',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  error: '$context.error.message',
};

export class ProgramHttpApi extends Construct {
  readonly api: HttpApi;
  readonly url: string;
  readonly functions: ProgramFunction[] = [];
  readonly authorizerFunction: ProgramFunction;
  /** Each site's Lambda, by its id. */
  readonly siteFunctions: Record<string, ProgramFunction> = {};
  readonly accessPolicies: Record<IamRole, ManagedPolicy>;

  constructor(scope: Construct, id: string, props: ProgramHttpApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', {
      description: 'Partner cash-back programs',
      createDefaultStage: false,
      ...(props.allowedOrigins.length > 0
        ? {
            corsPreflight: {
              allowOrigins: props.allowedOrigins,
              allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST],
              allowHeaders: ['authorization', 'content-type', 'x-correlation-id', 'idempotency-key'],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    new HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
    this.url = this.api.apiEndpoint;

    const fn = (id: string, handler: string, description: string) =>
      new ProgramFunction(this, id, {
        handler,
        description,
        environment:
          props.allowedOrigins.length > 0 ? { ALLOWED_ORIGINS: props.allowedOrigins.join(',') } : {},
        bundleAwsSdk: props.bundleAwsSdk,
        logRetention: props.logRetention,
      });
    this.authorizerFunction = fn(
      'PartnerAuthorizer',
      'partner-authorizer',
      'Verifies partner session tokens',
    );
    grantRouteUses(this.authorizerFunction, ['session-key', 'read-models:read'], {
      ...props.resources,
      publicBaseUrl: this.url,
    });
    const authorizers: Record<Role, IHttpRouteAuthorizer> = {
      anyone: new HttpNoneAuthorizer(),
      approver: new HttpNoneAuthorizer(),
      partner: new HttpLambdaAuthorizer('PartnerSession', this.authorizerFunction, {
        responseTypes: [HttpLambdaResponseType.SIMPLE],
        identitySource: ['$request.header.Authorization'],
        // A cached answer would let a session outlive its expiry; verifying a token is one HMAC.
        resultsCacheTtl: Duration.seconds(0),
      }),
      finance: new HttpIamAuthorizer(),
      'sales-system': new HttpIamAuthorizer(),
      'program-admin': new HttpIamAuthorizer(),
    };

    const invokeArns: Record<IamRole, string[]> = { finance: [], 'sales-system': [], 'program-admin': [] };
    for (const route of props.routes) {
      const handler = fn(pascal(route.name), `api/${route.name}`, `API: ${route.method} ${route.path}`);
      grantRouteUses(handler, route.uses, { ...props.resources, publicBaseUrl: this.url });
      this.functions.push(handler);
      const added = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${pascal(route.name)}Integration`, handler),
        authorizer: authorizers[route.role],
      });
      if (route.role === 'anyone' || route.role === 'approver') {
        for (const r of added)
          Validations.of(r).acknowledge({ id: 'AwsSolutions::AwsSolutions-APIG4', reason: PUBLIC_ROUTE });
      }
      if ((IAM_ROLES as readonly Role[]).includes(route.role)) {
        invokeArns[route.role as IamRole].push(
          Stack.of(this).formatArn({
            service: 'execute-api',
            resource: this.api.apiId,
            resourceName: `$default/${route.method}${route.path.replace(/\{\w+\}/g, '*')}`,
          }),
        );
      }
    }
    // A site's pages reach, together, what the API routes of its people do; its Lambda checks the
    // session cookie, and the sign-in of the console returns to this API's address.
    const resources = { ...props.resources, publicBaseUrl: this.url };
    for (const site of props.sites) {
      const siteFunction = fn(site.id, site.handler, site.description);
      grantRouteUses(siteFunction, site.uses, resources);
      this.functions.push(siteFunction);
      this.siteFunctions[site.id] = siteFunction;
      const integration = new HttpLambdaIntegration(`${site.id}Integration`, siteFunction);
      for (const page of site.pages) {
        const added = this.api.addRoutes({
          path: page.path,
          methods: [HttpMethod[page.method]],
          integration,
        });
        for (const r of added)
          Validations.of(r).acknowledge({ id: 'AwsSolutions::AwsSolutions-APIG4', reason: PUBLIC_PAGE });
      }
    }
    const apiLogicalId = Stack.of(this).getLogicalId(this.api.node.defaultChild as CfnApi);
    this.accessPolicies = Object.fromEntries(
      IAM_ROLES.map((role) => {
        const policy = new ManagedPolicy(this, policyNames[role], {
          description: `Lets its holder call the ${role} routes of the partner cash-back API.`,
          statements: [
            new PolicyStatement({
              effect: Effect.ALLOW,
              actions: ['execute-api:Invoke'],
              resources: invokeArns[role],
            }),
          ],
        });
        for (const route of props.routes.filter((r) => r.role === role && r.path.includes('{'))) {
          const path = route.path.replace(/\{\w+\}/g, '*');
          Validations.of(policy).acknowledge({
            id: `AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:execute-api:<AWS::Region>:<AWS::AccountId>:<${apiLogicalId}>/$default/${route.method}${path}]`,
            reason:
              'The wildcard stands for the path parameter (an id) of this one route, not for other routes.',
          });
        }
        return [role, policy];
      }),
    ) as Record<IamRole, ManagedPolicy>;
  }
}

const PUBLIC_ROUTE =
  'Public by design (docs/http-api.md): sign-up and login exchange an emailed code for a session; approval links carry their own single-use token; health answers nothing private.';

const PUBLIC_PAGE =
  'A page of the partner portal or the staff console: the gateway lets anyone reach it, and its Lambda checks the session cookie (and a CSRF token on every form) itself, sending a visitor without a session to sign in and refusing a role the page is not for.';

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
