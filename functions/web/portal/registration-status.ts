import type { RegistrationStatus } from '../../../domain/registrations/registration.js';
import type { Words } from '../../i18n/words.js';
import { type Html, html } from '../html.js';

/** Where a registration stands, as a badge the partner reads (and, rejected, why). */
export const statusBadge = (w: Words, status: RegistrationStatus, reason?: string): Html =>
  html`<span class="status ${status}">${w.t(`status.${status}`)}</span>${
    status === 'rejected' && reason ? html` <span>${w.t('status.rejectedBecause', { reason })}</span>` : ''
  }`;
