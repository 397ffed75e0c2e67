import * as z from 'zod';
import { SingleLineText } from '../../events/fields.js';

/** Finance's verdict on a fraud flag, as the API's body and the console's form both read it. */
export const ReviewBody = z.strictObject({
  verdict: z.enum(['cleared', 'confirmed']),
  note: SingleLineText(1000),
});
