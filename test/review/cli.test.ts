import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { declareRegistration } from './fixtures/review-app';

const ROOT = path.resolve(__dirname, '..', '..');

/** An app directory as a consumer has it: cdk.json (with one stage) and node_modules. */
function appDirectory(work: string): string {
  const dir = path.join(work, 'app');
  fs.mkdirSync(dir);
  fs.symlinkSync(fs.realpathSync(path.join(ROOT, 'node_modules')), path.join(dir, 'node_modules'), 'dir');
  const app = `npx ts-node --transpile-only --project ${path.join(ROOT, 'tsconfig.json')} ${path.join(__dirname, 'fixtures', 'review-app.ts')}`;
  fs.writeFileSync(path.join(dir, 'cdk.json'), JSON.stringify({ app, context: { stages: { test: {} } } }));
  return dir;
}

test('review exits non-zero when a stage fails validation, saying why, and reports the change as refused', () => {
  // GIVEN a deployed (valid) base and a pull request that puts a typo in the sender ID, passed as context
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-review-cli-'));
  try {
    const base = new App({ outdir: path.join(work, 'base') });
    declareRegistration(base, 'DEMOCO');
    base.synth();
    const out = path.join(work, 'review.md');

    // WHEN the review runs as CI runs it (the one spawned CLI run of the suite)
    const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'ts-node'), [
      '--transpile-only', '--project', path.join(ROOT, 'tsconfig.json'), path.join(ROOT, 'tools', 'cli', 'main.ts'), 'review',
      '--base', path.join(work, 'base'), '--context', 'senderId=DEMO-1', '--out', out,
    ], { cwd: appDirectory(work), encoding: 'utf8' });

    // THEN CI blocks the merge, the log says why, and the comment shows the refusal
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('review: synth fails for stage test:');
    expect(result.stderr).toContain('[ReviewApp/India] senderIdInfo.senderId ("Sender ID"): "DEMO-1" must match ^[A-Za-z]{3,6}$');
    const markdown = fs.readFileSync(out, 'utf8');
    expect(markdown).toContain('| test | `ReviewApp/India');
    expect(markdown).toMatch(/\| `DEMOCO` \| \*\*refused\*\* \|/);
    expect(markdown).toContain('**Synth fails for stage test: nothing of it can be deployed until these are fixed.**');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
