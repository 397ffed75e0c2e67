import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/** What the partner authorizer hands on to the routes it protects. */
export type PartnerAuthorizerContext = { mpnId: string; sessionExpiresAt: string; sessionId: string };

/**
 * The API Gateway HTTP API (payload 2.0) event as our handlers see it: the body may already be
 * parsed, and the authorizer's result is in the request context: a Lambda authorizer's context for
 * partners, the IAM caller for finance, the sales system and program admins.
 */
export type ApiEvent = Omit<APIGatewayProxyEventV2, 'body' | 'requestContext'> & {
  body?: unknown;
  requestContext: APIGatewayProxyEventV2['requestContext'] & {
    authorizer?: {
      lambda?: Partial<PartnerAuthorizerContext>;
      iam?: { userArn?: string; callerId?: string };
    };
  };
};

export type ApiResult = APIGatewayProxyStructuredResultV2;
