import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Attachment, RegistrationField, RegistrationForm, SenderIdRegistration } from '../../lib';
import { attachmentLimitFor, MAX_ATTACHMENT_BYTES } from '../../lib/core/forms/attachment-format';
import { COMMON, doc, newStack } from './fixtures';

const LOA = 'senderIdInfo.letterOfAuthorization';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attachment-limits-'));
/** A real PDF (or PNG) padded to `kb` kilobytes. */
function file(name: string, source: string, kb: number): string {
  const head = fs.readFileSync(doc(source));
  const target = path.join(dir, name);
  fs.writeFileSync(target, Buffer.concat([head, Buffer.alloc(kb * 1024 - head.length, 0x20)]));
  return target;
}
const pdf450 = file('loa-450.pdf', 'nib.pdf', 450);
const pdf390 = file('loa-390.pdf', 'nib.pdf', 390);
const png390 = file('loa-390.png', 'npwp.png', 390);

const stack = newStack('eu-west-2', 'UK');
let count = 0;
/** Synth-time problems of a registration of `type` carrying `filePath` in the letter-of-authorization field. */
function problems(type: string, filePath: string): string[] {
  return new SenderIdRegistration(stack, `R${count++}`, {
    ...COMMON, senderId: 'DEMOCO', form: RegistrationForm.other(type),
    additionalFields: [RegistrationField.attachment(LOA, Attachment.fromFile(filePath))],
  }).node.validate().filter((p) => p.startsWith(LOA));
}

describe('per-field attachment limits, kept as data in attachment-format.ts', () => {
  test('the UK and Singapore letters of authorization are limited to 400 KB; other fields keep the API limit of 500 KB', () => {
    expect(attachmentLimitFor('GB_SENDER_ID_REGISTRATION', LOA)).toMatchObject({ maxBytes: 400 * 1024, formats: ['PDF'] });
    expect(attachmentLimitFor('SG_SENDER_ID_REGISTRATION', LOA)).toMatchObject({ maxBytes: 400 * 1024, formats: ['PNG'] });
    expect(attachmentLimitFor('ID_SENDER_ID_REGISTRATION', 'idSidSpecificInfo.letterOfAuthorization3').maxBytes).toBe(MAX_ATTACHMENT_BYTES);
  });

  test('a 450 KB UK letter of authorization fails synth, naming the field, the file and the 400 KB limit', () => {
    expect(problems('GB_SENDER_ID_REGISTRATION', pdf450)).toEqual([
      `${LOA}: attachment ${JSON.stringify(pdf450)} is 460800 bytes, at most 409600 bytes (400 KB) allowed for this field of GB_SENDER_ID_REGISTRATION`,
    ]);
  });

  test('the same 450 KB PDF in a form without its own limit is fine (under 500 KB)', () => {
    expect(problems('JO_SENDER_ID_REGISTRATION', pdf450)).toEqual([]);
  });

  test('a 390 KB UK letter of authorization passes; as a PNG it is refused (the UK form takes a PDF)', () => {
    expect(problems('GB_SENDER_ID_REGISTRATION', pdf390)).toEqual([]);
    expect(problems('GB_SENDER_ID_REGISTRATION', png390)).toEqual([
      `${LOA}: attachment ${JSON.stringify(png390)} is a PNG file, but only PDF is allowed for this field of GB_SENDER_ID_REGISTRATION`,
    ]);
  });

  test('Singapore takes the letter as a PNG, not a PDF', () => {
    expect(problems('SG_SENDER_ID_REGISTRATION', png390)).toEqual([]);
    expect(problems('SG_SENDER_ID_REGISTRATION', pdf390)).toEqual([
      `${LOA}: attachment ${JSON.stringify(pdf390)} is a PDF file, but only PNG is allowed for this field of SG_SENDER_ID_REGISTRATION`,
    ]);
  });
});
