import { type ConsoleDeps, definePage } from '../page.js';
import { inquiryPage } from './inquiry-page.js';

/** One inquiry for finance, to answer or to resolve. */
export const inquiry = definePage<ConsoleDeps>({
  name: 'console-inquiry',
  method: 'GET',
  path: '/console/inquiries/{inquiryId}',
  access: 'finance',
  handle: (context, deps) => inquiryPage(context, deps),
});
