import { textOf } from './field-values';
import type { LintRule } from './lint-rule';

/**
 * A rule about an optional letter of authorization, whose content cannot be read at synth: it fires when the letter is
 * declared, with the checklist the form's reviewers apply to it (a rule on a required document would warn on every
 * registration). `checklist` receives the sender ID as the message quotes it (` "ACME"`), or '' when none is set.
 */
export function declaredLetterRule(id: string, source: string, path: string, checklist: (quotedSenderId: string) => string): LintRule {
  return {
    id,
    source,
    check: (input) => {
      if (!input.attachmentPaths?.includes(path)) return [];
      const senderId = textOf(input, 'senderIdInfo.senderId');
      return [{ fieldPath: path, message: `${path}: ${checklist(senderId ? ` ${JSON.stringify(senderId)}` : '')}` }];
    },
  };
}
