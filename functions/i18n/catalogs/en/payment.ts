/** The partner's payment details in the portal: where it is paid, and what a change sets off. */
export const payment = {
  'payment.title': 'Payment details',
  'payment.onFile': 'On file',
  'payment.none': 'You have not given your payment details yet. Your payments wait until you do.',
  'payment.legalName': 'Legal name of your company',
  'payment.legalName.invalid': 'Enter your company’s legal name, on one line (at most 200 characters).',
  'payment.remittanceEmail': 'Remittance email address',
  'payment.remittanceEmail.hint': 'Payment advices go to this address.',
  'payment.remittanceEmail.invalid': 'Enter an email address, such as ap@company.ca.',
  'payment.bankReference': 'Bank reference',
  'payment.bankReference.masked': 'Ending in {last4}',
  'payment.bankReference.hint':
    'Your payee reference in the payment system, such as NW-PAYEE-7: 4 to 64 letters, digits, - and _, starting with a letter. Never a bank account, card or IBAN number: six digits or more in a row (even split by spaces, dashes or a single letter) are refused.',
  'payment.bankReference.invalid':
    'Enter your payee reference: 4 to 64 letters, digits, - and _, starting with a letter, such as NW-PAYEE-7.',
  'payment.bankReference.account-or-card-number':
    'This looks like a bank account or card number (six digits or more in a row, even split by spaces, dashes or a single letter). Enter your payee reference in the payment system instead, such as NW-PAYEE-7.',
  'payment.bankReference.iban':
    'This looks like an IBAN. Enter your payee reference in the payment system instead, such as NW-PAYEE-7.',
  'payment.updatedAt': 'Last changed',
  'payment.form.give': 'Give your payment details',
  'payment.form.change': 'Change your payment details',
  'payment.form.retype':
    'For your security, we show only the end of your bank reference: type it in full, changed or not.',
  'payment.submit': 'Save payment details',
  'payment.saved.first': 'Your payment details are saved.',
  'payment.saved.unchanged': 'These are already your payment details: nothing changed.',
  'payment.saved.changed':
    'Your payment details are changed. We emailed the change to your contact address and to the remittance addresses before and after it.',
  'payment.saved.hold':
    'For your security, a payment run less than {period} after a change holds your payments until finance has checked the change with you.',
  'payment.period.days.one': '{n} day',
  'payment.period.days.other': '{n} days',
  'payment.period.hours.one': '{n} hour',
  'payment.period.hours.other': '{n} hours',
} as const;
