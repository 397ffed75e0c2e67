import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../functions/http/openapi.js';
import { routeModules } from '../functions/http/route-table.js';
import { isEntryPoint } from './entry-point.js';

/** npm run openapi: writes openapi.json from the routes (a test keeps the committed file current). */
export const renderOpenApi = () =>
  `${JSON.stringify(openApiDocument(routeModules.map((m) => m.route)), null, 2)}\n`;

if (isEntryPoint(import.meta.url)) {
  writeFileSync('openapi.json', renderOpenApi());
  console.log('Wrote openapi.json');
}
