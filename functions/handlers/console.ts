import { readModelsProvider, storeProvider } from '../runtime/dynamodb.js';
import { routeRuntime } from '../runtime/route-runtime.js';
import { sessionKeyProvider } from '../runtime/session-key.js';
import { staffAccountsProvider, staffSignInProvider } from '../runtime/staff-identity.js';
import { workflowProvider } from '../runtime/workflow.js';
import { consoleSite } from '../web/console/console-site.js';
import { consolePages } from '../web/console/pages.js';
import { CONSOLE_USES } from '../web/page.js';
import { webHandler } from '../web/web-handler.js';

export const handler = webHandler(
  consoleSite,
  consolePages,
  routeRuntime(
    { uses: CONSOLE_USES },
    {
      'event-store:append': storeProvider,
      'read-models:read': readModelsProvider,
      'journeys:resume': workflowProvider,
      'session-key': sessionKeyProvider,
      'staff-accounts': staffAccountsProvider,
      'staff-sign-in': staffSignInProvider,
    },
  ),
);
