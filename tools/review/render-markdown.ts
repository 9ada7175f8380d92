import { FieldValue, isShowableValue } from '../../lib/core/field-value';
import { describeForm } from '../../lib/core/forms/catalog/synced-definitions';
import { SENDER_ID_FIELD } from '../../lib/core/forms/common-fields';
import { ReviewedRegistration } from './assembly';
import { ConsequenceKind } from './consequence';
import { Change } from './diff';
import { inFormOrder } from './field-labels';
import { fleetSummaries, FleetSummary } from './fleet-summary';
import { code } from './markdown-text';
import { RegistrationReview, Review, StageReview } from './review';
import { reviewedFields, shownField } from './secret-fields';
import { associationLines, closedLine } from './standing-behaviour';

/**
 * The review as Markdown for a pull-request comment. Deterministic (no dates, no paths of the
 * machine that made it), so the same change always renders the same comment. Values, and messages
 * that may quote them, are code spans (markdown-text.ts says why); only our own words are Markdown.
 */
export function renderMarkdown(review: Review): string {
  const lines = [
    '# Sender ID registrations',
    '',
    review.baseLabel !== undefined
      ? `Compared with \`${review.baseLabel}\`. What a deploy does assumes each registration's latest version is approved and holds the base values.`
      : 'The registrations as declared. Run `npx sender-id-registration review --base <git ref | cloud assembly dir>` to see changes and what a deploy does.',
    '',
    ...(review.baseFailures ? [
      `The base does not synthesize for stage ${review.baseFailures.join(', ')}: its registrations there are compared with nothing and shown as new.`,
      '',
    ] : []),
    // A fleet change can touch hundreds of records: its totals come before any registration.
    ...review.stages.flatMap((s) => fleetSummaries(s, review.baseLabel !== undefined)).flatMap(fleetSection),
    ...summaryTable(review),
    ...review.stages.flatMap(stageSection),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

const SHORT: Record<ConsequenceKind, string> = {
  'nothing': 'nothing',
  'tags-only': 'tags only',
  'new-version': '**new version → review (weeks)**',
  'new-draft-version': 'new draft version (not submitted)',
  'new-registration': '**new registration (new fee)**',
  'adopted': 'adopts an existing registration',
  'replaced': '**new registration (new fee), type changed**',
  'replaced-unamendable': '**new registration (new fee), the submitted form cannot be amended**',
  'removed-retained': 'removed from stack (retained)',
  'removed-deleted': '**deleted**',
  'refused': '**refused**',
};

function summaryTable(review: Review): string[] {
  const compared = review.baseLabel !== undefined;
  const rows = review.stages.flatMap((s) => s.registrations.map((r) => [
    s.stage, `\`${r.key}\``, code(r.registration.properties.RegistrationType), senderIdOf(r.registration),
    ...(compared ? [r.consequence ? [SHORT[r.consequence.kind], r.consequence.note].filter(Boolean).join('; ') : ''] : []),
  ]));
  const failed = review.stages.filter((s) => s.failure && s.registrations.length === 0).map((s) => [s.stage, '—', '—', '—', ...(compared ? ['**refused**'] : [])]);
  return table(['Stage', 'Registration', 'Type', 'Sender ID', ...(compared ? ['Deploying this change'] : [])], [...rows, ...failed]);
}

function fleetSection(fleet: FleetSummary): string[] {
  const records = fleet.stacks.reduce((sum, s) => sum + s.records, 0);
  const heading = `## Fleet \`${fleet.fleet}\` · stage ${fleet.stage}`;
  if (!fleet.records) {
    return [heading, '', `${records} records in ${fleet.stacks.length} stacks.`, '',
      ...table(['Stack', 'Records'], fleet.stacks.map((s) => [`\`${s.stackName}\``, String(s.records)]))];
  }
  const { added, removed, changed, unchanged } = fleet.records;
  return [
    heading,
    '',
    `${records} records: ${added.length} added, ${removed.length} removed, ${changed.length} changed, ${unchanged.length} unchanged.`,
    '',
    ...table(['Stack', 'Records', 'Added', 'Removed', 'Changed', 'Unchanged'], fleet.stacks.map((s) => [
      `\`${s.stackName}\``, String(s.records), ...(['added', 'removed', 'changed', 'unchanged'] as const).map((c) => String(s.byChange![c])),
    ])),
    ...recordList('Added', added),
    ...recordList('Removed', removed),
    ...recordList('Changed', changed),
  ];
}

/** Record names are file names (construct ids), never personal data. */
function recordList(title: string, names: string[]): string[] {
  return names.length === 0 ? [] : [`**${title}:** ${names.map((n) => `\`${n}\``).join(', ')}`, ''];
}

function stageSection(stage: StageReview): string[] {
  return [
    `## Stage ${stage.stage}`,
    '',
    ...(stage.failure ? [
      `**Synth fails for stage ${stage.stage}: nothing of it can be deployed until these are fixed.**`,
      '',
      ...stage.failure.errors.map((e) => `- ${e.constructPath ? `${code(e.constructPath)}: ` : ''}${code(e.message)}`),
      '',
    ] : []),
    ...stage.registrations.flatMap(registrationSection),
  ];
}

function registrationSection(review: RegistrationReview): string[] {
  const r = review.registration;
  const p = r.properties;
  return [
    `### ${senderIdOf(r)} · ${code(p.RegistrationType)}${review.removed ? ' (removed)' : ''}`,
    '',
    `\`${review.key}\` · stage **${review.stage}** · account \`${r.account}\` · region \`${r.region}\``,
    '',
    ...(review.removed ? [] : [`Validated at synth against: ${describeForm(r.form)}`, '']),
    ...(review.removed ? [] : [...associationLines(p.RegistrationType), closedLine(p)].map((line) => `- ${line}`)),
    ...(review.removed ? [] : ['']),
    ...(review.consequence ? [
      `**Deploying this change:** ${review.consequence.summary}`,
      ...(review.consequence.reasons ?? []).map((reason) => `- ${code(reason)}`),
      '',
    ] : []),
    ...(review.changes ? changesTable(review.changes) : []),
    ...(review.removed ? [] : [...fieldsSection(r), ...attachmentsSection(r), ...warningsSection(r)]),
  ];
}

function changesTable(changes: Change[]): string[] {
  if (changes.length === 0) return ['No changes.', ''];
  return [
    `**Changes (${changes.length})**`,
    '',
    ...table(['Change', 'Field', 'Before', 'After'], changes.map((c) => [
      c.kind,
      `${c.label}${c.label === c.path ? '' : ` \`${c.path}\``}`,
      c.hidden ? 'hidden (personal data)' : (c.before === undefined ? '' : code(c.before)),
      c.hidden ? 'hidden (personal data)' : (c.after === undefined ? '' : code(c.after)),
    ])),
  ];
}

function fieldsSection(r: ReviewedRegistration): string[] {
  const fields = reviewedFields(r.properties);
  const labels = inFormOrder(r.properties.RegistrationType, Object.keys(fields));
  const sections = [...new Set(labels.map((l) => l.section))];
  return [
    `<details><summary>Fields (${labels.length})</summary>`,
    '',
    ...sections.flatMap((section) => [
      `**${section}**`,
      '',
      ...table(['Field', 'Value'], labels.filter((l) => l.section === section).map((l) => [
        `${l.title}${l.title === l.fieldPath ? '' : ` \`${l.fieldPath}\``}`, valueCell(l.fieldPath, fields[l.fieldPath]),
      ])),
    ]),
    '</details>',
    '',
  ];
}

function attachmentsSection(r: ReviewedRegistration): string[] {
  const labels = inFormOrder(r.properties.RegistrationType, Object.keys(r.properties.Attachments));
  if (labels.length === 0) return [];
  return [
    `**Attachments (${labels.length})**`,
    '',
    ...table(['Field', 'File', 'Size', 'SHA-256'], labels.map((l) => {
      const attachment = r.properties.Attachments[l.fieldPath];
      const size = r.attachmentSizes[l.fieldPath];
      return [
        `${l.title}${l.title === l.fieldPath ? '' : ` \`${l.fieldPath}\``}`, code(attachment.FileName),
        size === undefined ? 'in S3 (not in the assembly)' : `${groupDigits(size)} bytes`, `\`${attachment.ContentHash}\``,
      ];
    })),
  ];
}

function warningsSection(r: ReviewedRegistration): string[] {
  if (r.warnings.length === 0) return [];
  return [`**Synth warnings (${r.warnings.length})**`, '', ...r.warnings.map((w) => `- ${code(w)}`), ''];
}

/** A field's value as a code span; a hidden one is described in our own words instead (it holds no value). */
function valueCell(path: string, value: FieldValue): string {
  const shown = shownField(path, value);
  return isShowableValue(path, value) ? code(shown) : shown;
}

function senderIdOf(r: ReviewedRegistration): string {
  const senderId = r.properties.Fields[SENDER_ID_FIELD];
  return typeof senderId === 'string' ? code(senderId) : '(no sender ID)';
}

function table(header: string[], rows: string[][]): string[] {
  if (rows.length === 0) return [];
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

/** Table cells are one line; a pipe would end the cell. Values arrive here already as code spans. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/(?<!\\)\|/g, '\\|');
}

/** 12345 → "12,345", independent of the machine's locale. */
function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
