import * as fs from 'fs';
import * as path from 'path';

/**
 * Where the pre-bundled handler lives: `<package>/assets/handler`, one or two levels above this module. That is `lib/`
 * in sources (ts-node, jest), `dist/lib/` in the compiled package, and `dist/cli/` inside the CLI bundle, which
 * rehearses with the same bundle. Kept apart from the provider so the CLI finds the bundle without loading aws-cdk-lib.
 */
export function handlerAssetDirectory(moduleDirectory: string = __dirname): string {
  const candidates = [path.resolve(moduleDirectory, '..', 'assets', 'handler'), path.resolve(moduleDirectory, '..', '..', 'assets', 'handler')];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'index.js')));
  if (!found) {
    throw new Error(`The sender ID registration handler is not built: no index.js in ${candidates.join(' or ')}. `
      + 'Run `npm run build:handler` (tools/build-handler.mjs) and synthesize again.');
  }
  return found;
}
