import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { ROOT } from './kernel-process';

/** The parts of a jsii assembly (the `.jsii` file's schema) that the tests read. */
export interface TypeReference {
  readonly primitive?: string;
  readonly fqn?: string;
  readonly collection?: { readonly kind: 'array' | 'map'; readonly elementtype: TypeReference };
}
export interface JsiiType {
  readonly kind: 'class' | 'interface' | 'enum';
  readonly fqn: string;
  readonly datatype?: boolean;
  readonly interfaces?: string[];
  readonly properties?: { readonly name: string; readonly type: TypeReference; readonly static?: boolean }[];
  readonly methods?: { readonly name: string; readonly static?: boolean; readonly parameters?: { readonly type: TypeReference }[] }[];
}
export interface Assembly {
  readonly name: string;
  readonly version: string;
  readonly dependencies?: Record<string, string>;
  readonly types: Record<string, JsiiType>;
}

/** A `.jsii` file's text: the assembly, or a redirect to its gzipped form (aws-cdk-lib ships that). */
function parseAssembly(text: string, readSibling: (name: string) => Buffer): Assembly {
  const json = JSON.parse(text) as Assembly & { schema: string; filename?: string; compression?: string };
  if (json.schema !== 'jsii/file-redirect') return json;
  const target = readSibling(json.filename!);
  return parseAssembly((json.compression === 'gzip' ? zlib.gunzipSync(target) : target).toString('utf8'), readSibling);
}

/** The generated Python module, as dist/jsii/python holds it: the npm tarball it embeds and the jsii runtime it requires. */
export interface PythonModule {
  readonly tarball: string;
  readonly assembly: Assembly;
  readonly runtimeVersion: string;
}

export function readPythonModule(pythonDir: string, moduleName: string): PythonModule {
  const jsiiDir = path.join(pythonDir, 'src', moduleName, '_jsii');
  if (!fs.existsSync(jsiiDir)) throw new Error(`${path.relative(ROOT, jsiiDir)} does not exist: run \`npm run jsii\` first`);
  const embedded = fs.readdirSync(jsiiDir).filter((f) => f.endsWith('.jsii.tgz'));
  if (embedded.length !== 1) throw new Error(`expected one embedded npm tarball in ${jsiiDir}, found ${embedded.join(', ') || 'none'}`);
  const tarball = path.join(jsiiDir, embedded[0]);
  const untar = spawnSync('tar', ['-xzOf', tarball, 'package/.jsii'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (untar.status !== 0) throw new Error(`the embedded tarball ${embedded[0]} holds no .jsii: ${untar.stderr.trim()}`);
  const assembly = parseAssembly(untar.stdout, () => { throw new Error('the embedded .jsii redirects, unexpectedly'); });
  // setup.py pins the Python `jsii` package, whose wheel carries the @jsii/runtime bundle of the same version.
  const setup = fs.readFileSync(path.join(pythonDir, 'setup.py'), 'utf8');
  const runtimeVersion = /"jsii>=([\d.]+)/.exec(setup)?.[1];
  if (!runtimeVersion) throw new Error('setup.py of the Python module names no jsii runtime version');
  return { tarball, assembly, runtimeVersion };
}

/** A dependency assembly as installed in node_modules, with the npm tarball its own Python package embeds. */
export interface Dependency {
  readonly name: string;
  readonly version: string;
  readonly assembly: Assembly;
}

/**
 * Every jsii dependency of `assembly`, dependencies before their dependents: the order in which the generated Python
 * modules import each other (aws_cdk imports constructs, the cloud assembly schema, ... before it loads itself).
 */
export function dependencyLoadOrder(assembly: Assembly, fromDir = ROOT): Dependency[] {
  const order: Dependency[] = [];
  const visit = (names: string[], dir: string) => {
    for (const name of names) {
      if (order.some((d) => d.name === name)) continue;
      const manifest = require.resolve(`${name}/package.json`, { paths: [dir] });
      const packageDir = path.dirname(manifest);
      const dependency = parseAssembly(fs.readFileSync(path.join(packageDir, '.jsii'), 'utf8'),
        (file) => fs.readFileSync(path.join(packageDir, file)));
      visit(Object.keys(dependency.dependencies ?? {}), packageDir);
      order.push({ name, version: dependency.version, assembly: dependency });
    }
  };
  visit(Object.keys(assembly.dependencies ?? {}), fromDir);
  return order;
}
