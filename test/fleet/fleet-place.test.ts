import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../tools/cli/main';
import { indiaRecord, recordsFolder } from './fleet-fixtures';

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (line) => err.push(line), cwd: process.cwd() });
  return { code, out, err };
}

const lockOf = (folder: string) => JSON.parse(fs.readFileSync(path.join(folder, 'placement.json'), 'utf8'));

describe('sender-id-registration fleet place', () => {
  test('writes placement.json; a later run keeps every placed record where it is, releases removed ones and places new ones', async () => {
    // GIVEN two records, placed at a quota of one record a stack (23 writes each, 30 writes an hour)
    const folder = recordsFolder({ 'a.json': indiaRecord({ senderId: 'DEMOA' }), 'b.json': indiaRecord({ senderId: 'DEMOB' }) });
    const first = await run(['fleet', 'place', '--records', folder, '--requests-per-second', String(30 / 3600), '--safety-margin', '0']);
    expect(first.code).toBe(0);
    expect(lockOf(folder).records).toEqual({ a: 1, b: 2 });
    // WHEN a is removed and c added: c takes the room a left, b stays
    fs.rmSync(path.join(folder, 'a.json'));
    fs.writeFileSync(path.join(folder, 'c.json'), JSON.stringify(indiaRecord({ senderId: 'DEMOC' })));
    const second = await run(['fleet', 'place', '--records', folder]);
    // THEN (the quota recorded in the lock is used again)
    expect(second.code).toBe(0);
    expect(lockOf(folder)).toMatchObject({ stackCount: 2, records: { b: 2, c: 1 }, safetyMargin: 0 });
    expect(second.out).toEqual(expect.arrayContaining(['placed: c → stack 1', 'released: a']));
  });

  test('--check exits 1 when placement.json is out of date and writes nothing; 0 when it is current', async () => {
    const folder = recordsFolder({ 'a.json': indiaRecord() });
    expect((await run(['fleet', 'place', '--records', folder, '--check'])).code).toBe(1);
    expect(fs.existsSync(path.join(folder, 'placement.json'))).toBe(false);
    expect((await run(['fleet', 'place', '--records', folder])).code).toBe(0);
    expect((await run(['fleet', 'place', '--records', folder, '--check'])).code).toBe(0);
  });

  test('a record that does not load is a finding (exit 1, on stderr); the others are placed', async () => {
    const folder = recordsFolder({ 'a.json': indiaRecord(), 'bad.json': indiaRecord({ type: 'NOPE' }) });
    const result = await run(['fleet', 'place', '--records', folder]);
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(/^bad\.json: type: "NOPE" is not in the bundled definitions catalog/);
    expect(lockOf(folder).records).toEqual({ a: 1 });
  });

  test('a placed record that stops loading keeps its stack, and is where it was once it loads again', async () => {
    // GIVEN a and b placed one a stack
    const folder = recordsFolder({ 'a.json': indiaRecord({ senderId: 'DEMOA' }), 'b.json': indiaRecord({ senderId: 'DEMOB' }) });
    await run(['fleet', 'place', '--records', folder, '--requests-per-second', String(30 / 3600), '--safety-margin', '0']);
    expect(lockOf(folder).records).toEqual({ a: 1, b: 2 });
    // WHEN a breaks, c arrives, and place runs
    fs.writeFileSync(path.join(folder, 'a.json'), '{ not json');
    fs.writeFileSync(path.join(folder, 'c.json'), JSON.stringify(indiaRecord({ senderId: 'DEMOC' })));
    expect((await run(['fleet', 'place', '--records', folder])).code).toBe(1);
    // THEN a keeps stack 1, so c cannot take it
    expect(lockOf(folder).records).toEqual({ a: 1, b: 2, c: 3 });
    fs.writeFileSync(path.join(folder, 'a.json'), JSON.stringify(indiaRecord({ senderId: 'DEMOA' })));
    expect((await run(['fleet', 'place', '--records', folder])).code).toBe(0);
    expect(lockOf(folder).records).toEqual({ a: 1, b: 2, c: 3 });
  });

  test('usage errors exit 2: no --records, a folder that does not exist, a quota that is not a positive number', async () => {
    expect((await run(['fleet', 'place'])).code).toBe(2);
    expect((await run(['fleet', 'place', '--records', '/nonexistent/records'])).code).toBe(2);
    expect((await run(['fleet', 'place', '--records', recordsFolder({}), '--requests-per-second', '0'])).code).toBe(2);
    expect((await run(['fleet', 'place', '--records', recordsFolder({}), '--safety-margin', 'x'])).code).toBe(2);
    expect((await run(['fleet', 'place', '--help'])).code).toBe(0);
  });
});
