/** The partner's inquiries in the portal: the list, one inquiry with its answers, raising one. */
export const inquiries = {
  'inquiries.title': 'Your inquiries',
  'inquiries.intro': 'The questions you asked finance about your statements, with their answers.',
  'inquiries.raise': 'Raise an inquiry',
  'inquiries.none': 'You have not raised an inquiry yet.',
  'inquiries.how':
    'To ask about a line of a statement, open the statement from your dashboard and follow the link beside the line: the campaign and the sale are filled in for you. To ask about a sale missing from a statement, raise an inquiry here.',
  'inquiries.caption': 'Your inquiries, newest first',
  'inquiries.lastAnswer': 'Last answer',
  'inquiries.notAnswered': 'Not yet',
  'inquiries.link': 'Inquiry of {date} about {campaign}',
  'inquiry.campaign': 'Campaign',
  'inquiry.sale': 'Sale',
  'inquiry.topic': 'Subject',
  'inquiry.status': 'Status',
  'inquiry.raisedOn': 'Raised on',
  'inquiry.topic.statement-line': 'A line of my statement',
  'inquiry.topic.missing-sale': 'A sale missing from my statement',
  'inquiry.status.open': 'Waiting for finance',
  'inquiry.status.answered': 'Answered',
  'inquiry.status.adjusted': 'Resolved with an adjustment',
  'inquiry.status.declined': 'Resolved: declined',
  'inquiry.title': 'Inquiry about {campaign}',
  'inquiry.notFound': 'This inquiry does not exist, or is not one of yours.',
  'inquiry.raised':
    'Your inquiry is with finance. We emailed you a copy, and we will email you again when finance answers.',
  'inquiry.question': 'Your question',
  'inquiry.answers': 'Answers from finance',
  'inquiry.answeredOn': 'Answered on {date}',
  'inquiry.noAnswer': 'Finance has not answered yet. We will email you when they do.',
  'inquiry.resolution': 'Resolution',
  'inquiry.unresolved': 'Not resolved yet.',
  'inquiry.adjusted': 'Resolved on {date} with an adjustment of {amount} to your statement.',
  'inquiry.declined': 'Resolved on {date}: declined. Your statement does not change.',
  'inquiry.note': 'Note from finance',
  'inquiry.statement': 'Statement for {campaign}',
  'inquiry.all': 'All your inquiries',
  'inquiry.new.title': 'Raise an inquiry',
  'inquiry.new.intro':
    'Ask finance about a line of your statement, or about a sale missing from it. Finance answers on this portal and by email.',
  'inquiry.new.notRegistered': 'You can raise an inquiry once you have registered for a campaign.',
  'inquiry.new.submit': 'Send to finance',
  'inquiry.campaign.invalid': 'Choose one of the campaigns you registered for.',
  'inquiry.topic.invalid': 'Choose what your inquiry is about.',
  'inquiry.saleId': 'Sale id',
  'inquiry.saleId.hint':
    'As on your statement or in your sales system, such as INV-0048299-1. Needed for a line of your statement; optional for a missing sale.',
  'inquiry.saleId.invalid':
    'Enter a sale id of letters, digits and . _ : / - (at most 100), or leave it empty for a missing sale.',
  'inquiry.saleId.required': 'Give the sale id of the line you are asking about.',
  'inquiry.saleId.notOnStatement':
    'This sale is not a line of your statement for this campaign. If it is missing from it, choose “A sale missing from my statement”.',
  'inquiry.saleId.onStatement':
    'This sale is a line of your statement for this campaign: choose “A line of my statement” to ask about it.',
  'inquiry.message': 'Your question',
  'inquiry.message.hint':
    'Say what you expected and why: the customer, the products, the units, the date. At most 2,000 characters.',
  'inquiry.message.invalid': 'Write your question, in at most 2,000 characters.',
  'inquiry.windowClosed.one': 'Inquiries about this campaign’s statement closed {n} day after it was issued.',
  'inquiry.windowClosed.other':
    'Inquiries about this campaign’s statement closed {n} days after it was issued.',
  'inquiry.form.reused':
    'This form was already sent with other words. Check your inquiries before you send it again.',
  'inquiry.form.stale': 'This form is out of date. Check what you wrote and send it again.',
} as const;
