import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../functions/http/openapi.js';
import { routeModules } from '../functions/http/route-table.js';

/** npm run openapi: writes openapi.json from the routes (a test keeps the committed file current). */
export const renderOpenApi = () =>
  `${JSON.stringify(openApiDocument(routeModules.map((m) => m.route)), null, 2)}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync('openapi.json', renderOpenApi());
  console.log('Wrote openapi.json');
}
