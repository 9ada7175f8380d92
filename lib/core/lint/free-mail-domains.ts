/**
 * Public free-mail providers: anyone can open an address there, so a contact email on one of them
 * does not show the contact works for the company.
 *
 * Only these domains are ever named in a warning. They are providers used by millions, so naming one
 * says nothing about the person; the address itself (its local part) is personal data and is never shown.
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  // Global
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'live.com', 'msn.com',
  'yahoo.com', 'yahoo.co.uk', 'yahoo.co.in', 'yahoo.co.id', 'ymail.com', 'rocketmail.com', 'aol.com',
  'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.net', 'gmx.de',
  'mail.com', 'zoho.com', 'yandex.com', 'yandex.ru', 'mail.ru',
  // Regional providers common in the countries this library types (India) and beyond
  'rediffmail.com', 'qq.com', '163.com', '126.com', 'naver.com',
]);

/** The address's domain when it is a listed free-mail provider, else undefined. */
export function freeMailDomainOf(email: string): string | undefined {
  const domain = email.slice(email.lastIndexOf('@') + 1).trim().toLowerCase();
  return email.includes('@') && FREE_MAIL_DOMAINS.has(domain) ? domain : undefined;
}
