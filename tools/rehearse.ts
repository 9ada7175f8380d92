/**
 * `npm start`: the main job on the embedded local registrar, no AWS account needed.
 *
 * Act 1 synthesizes the example app (stage dev) and runs each registration's custom resource through the handler
 * bundle (a Create event, as CloudFormation and the Provider framework would send it). Act 2 has the reviewer approve,
 * deploys the example's next revision (one field changed) as an Update, and shows version 2 holding only that change,
 * resubmitted. It is `sender-id-registration rehearse` with the example's context and its second act.
 */
import './quiet-env';
import * as path from 'node:path';
import { rehearse } from './rehearsal/run-rehearsal';

const ROOT = path.resolve(__dirname, '..');

rehearse({
  source: { appDir: ROOT, context: ['stage=dev', 'exampleRevision=1'] },
  // The Indonesian end business's contact and address, as its secret in Secrets Manager would hold them.
  secretsFile: path.join(ROOT, 'examples', 'secrets.json'),
  // The Australian representative's photo ID, as its encrypted bucket would hold it: outside the app, never in cdk.out.
  s3ObjectsDir: path.join(ROOT, 'examples', 'identity-documents'),
  revision: { context: ['exampleRevision=2'], title: 'Act 2: the reviewer approves; the example\'s revision 2 is deployed as an update' },
  print: (text) => console.log(text),
  progress: (line) => console.error(line),
}).catch((error) => {
  console.error(`\nRehearsal failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
