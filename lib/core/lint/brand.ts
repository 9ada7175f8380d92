/**
 * Whether a text names the company, and whether a sender ID is recognisably the company's. Lenient
 * on purpose: a lint warning that cries wolf gets acknowledged away and then helps nobody.
 */

/** Words of a legal name that do not identify the company (legal forms and fillers). */
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'for', 'company', 'co', 'corp', 'corporation', 'inc', 'incorporated', 'llc', 'llp', 'ltd', 'limited', 'plc',
  'private', 'pvt', 'pte', 'pt', 'tbk', 'persero', 'gmbh', 'ag', 'sa', 'sas', 'bv', 'nv', 'sdn', 'bhd', 'group', 'holdings',
]);

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of a company name that identify it: 3+ characters, not a legal form. */
export function distinctiveWords(companyName: string): string[] {
  return wordsOf(companyName).filter((w) => w.length >= 3 && !GENERIC_WORDS.has(w));
}

/** Whether the text mentions the sender ID or an identifying word of the company name. */
export function mentionsBrand(text: string, companyName: string | undefined, senderId: string | undefined): boolean {
  const words = new Set(wordsOf(text));
  if (senderId && text.toLowerCase().includes(senderId.toLowerCase())) return true;
  return distinctiveWords(companyName ?? '').some((w) => words.has(w));
}

/** Whether `short` is an abbreviation of `words`: its letters in order, the first one starting a word (DEMOID ← "Demo Indonesia"). */
function abbreviates(short: string, words: readonly string[]): boolean {
  const joined = words.join('');
  let start = 0;
  for (const word of words) {
    if (word[0] === short[0] && isSubsequence(short, joined.slice(start))) return true;
    start += word.length;
  }
  return false;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const char of long) if (char === short[i]) i++;
  return i === short.length;
}

/** Whether a reviewer would see the sender ID as the company's: it contains, is part of, or abbreviates the company name. */
export function senderIdRelatesToCompany(senderId: string, companyName: string): boolean {
  const id = senderId.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (!id) return true;
  const distinctive = distinctiveWords(companyName);
  if (distinctive.some((w) => id.includes(w) || w.includes(id))) return true;
  return abbreviates(id, wordsOf(companyName));
}
