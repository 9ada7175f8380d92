/**
 * Why a value that is not TEXT may not come from a secret (lib/fleet/record-secrets.ts). The sender ID is refused too,
 * although the construct would take it: recipients see it on every message, so hiding it protects nobody, and as text
 * synth checks it against the form's pattern and messages may show it; read at deploy, a typo would reach AWS first.
 */
export const NOT_FROM_SECRET = {
  senderId: 'the sender ID stays text: recipients see it on every message, and synth checks it against the form\'s pattern',
  choice: 'its options are checked at synth and are not personal data; only TEXT values may come from a secret',
  yesNo: 'it is a yes/no (a SELECT field); only TEXT values may come from a secret',
  document: 'a document is a file in the records folder; only TEXT values may come from a secret',
  sample: 'message samples are what recipients see, not personal data; give the text',
  select: 'it is a SELECT field: its choices are checked at synth; only TEXT values may come from a secret',
} as const;
