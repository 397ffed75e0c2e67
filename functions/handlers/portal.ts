import { readModelsProvider, storeProvider, usageCountersProvider } from '../runtime/dynamodb.js';
import { routeRuntime } from '../runtime/route-runtime.js';
import { sessionKeyProvider } from '../runtime/session-key.js';
import { workflowProvider } from '../runtime/workflow.js';
import { PORTAL_USES } from '../web/page.js';
import { portalPages } from '../web/portal/pages.js';
import { portalSite } from '../web/portal/portal-site.js';
import { webHandler } from '../web/web-handler.js';

export const handler = webHandler(
  portalSite,
  portalPages,
  routeRuntime(
    { uses: PORTAL_USES },
    {
      'event-store:append': storeProvider,
      'read-models:read': readModelsProvider,
      'journeys:start': workflowProvider,
      'journeys:resume': workflowProvider,
      'session-key': sessionKeyProvider,
      'usage-counters': usageCountersProvider,
    },
  ),
);
