import { ChildProcessWithoutNullStreams, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';

/** The repository root; downloads are cached under its node_modules/.cache, which `npm ci` clears. */
export const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'jsii-runtime-test');

/**
 * `npm pack <spec>` into the cache (served from the npm cache when it can be), once; returns the tarball's path.
 * This is how each dependency's Python package gets the npm tarball it embeds.
 */
export function cachedNpmTarball(name: string, version: string): string {
  const dir = path.join(CACHE, 'tarballs');
  const file = path.join(dir, `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  const result = spawnSync('npm', ['pack', `${name}@${version}`, '--pack-destination', dir, '--prefer-offline', '--silent'], { encoding: 'utf8' });
  if (result.status !== 0 || !fs.existsSync(file)) throw new Error(`npm pack ${name}@${version} failed:\n${result.stderr}`);
  return file;
}

/**
 * The jsii runtime the Python `jsii` package runs: @jsii/runtime's self-contained bundle (webpack/bin/jsii-runtime.js).
 * Taken from its npm tarball, not installed: its dependency @jsii/kernel is not on every registry in a matching version.
 */
export function jsiiRuntimeScript(version: string): string {
  const dir = path.join(CACHE, `runtime-${version}`);
  const script = path.join(dir, 'package', 'webpack', 'bin', 'jsii-runtime.js');
  if (!fs.existsSync(script)) {
    fs.mkdirSync(dir, { recursive: true });
    const tarball = cachedNpmTarball('@jsii/runtime', version);
    const untar = spawnSync('tar', ['-xzf', tarball, '-C', dir], { encoding: 'utf8' });
    if (untar.status !== 0) throw new Error(`unpacking ${tarball} failed:\n${untar.stderr}`);
  }
  return script;
}

/** A value as the kernel's wire protocol carries it (`{"$jsii.byref": ...}`, `{"$jsii.struct": ...}`, scalars, lists). */
export type Wire = unknown;
export interface ObjRef { readonly '$jsii.byref': string }

/**
 * One jsii runtime process, spoken to as a language binding does: a JSON request a line on its stdin, a JSON answer
 * a line on its stdout. The JavaScript side's own output arrives on stderr, base64 in `{"stderr": ...}` lines.
 */
export class KernelProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly answers: string[] = [];
  private waiting?: { resolve: (line: string) => void; reject: (error: Error) => void };
  private exited?: Error;
  private readonly output: string[] = [];

  constructor(script: string) {
    this.child = spawn(process.execPath, [script], { stdio: 'pipe', env: { ...process.env, JSII_AGENT: 'Python/test' } });
    readline.createInterface({ input: this.child.stdout }).on('line', (line) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      if (waiting) waiting.resolve(line); else this.answers.push(line);
    });
    this.child.once('exit', (code) => {
      this.exited = new Error(`the jsii runtime exited (${code}):\n${this.printed()}`);
      this.waiting?.reject(this.exited);
    });
    readline.createInterface({ input: this.child.stderr }).on('line', (line) => this.output.push(decodeOutput(line)));
  }

  /** The runtime's greeting, `{"hello": "@jsii/runtime@<version>"}`. */
  async hello(): Promise<string> {
    return (JSON.parse(await this.nextLine()) as { hello: string }).hello;
  }

  async load(name: string, version: string, tarball: string): Promise<void> {
    await this.request({ api: 'load', name, version, tarball });
  }

  async create(fqn: string, args: Wire[]): Promise<ObjRef> {
    return await this.request({ api: 'create', fqn, args, overrides: [], interfaces: [] }) as ObjRef;
  }

  async invoke(objref: ObjRef, method: string, args: Wire[] = []): Promise<Wire> {
    return (await this.request({ api: 'invoke', objref, method, args }) as { result?: Wire }).result;
  }

  async staticInvoke(fqn: string, method: string, args: Wire[]): Promise<Wire> {
    return (await this.request({ api: 'sinvoke', fqn, method, args }) as { result?: Wire }).result;
  }

  async staticGet(fqn: string, property: string): Promise<Wire> {
    return (await this.request({ api: 'sget', fqn, property }) as { value?: Wire }).value;
  }

  /** What the JavaScript side printed (its stdout and stderr), for a failure's message. */
  printed(): string {
    return this.output.join('\n');
  }

  /** Ends the runtime as a binding does at exit: its stdin closes, and it is gone before this resolves. */
  async close(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin.end();
    this.child.kill();
    await gone;
  }

  private async request(body: object): Promise<unknown> {
    this.child.stdin.write(`${JSON.stringify(body)}\n`);
    const answer = JSON.parse(await this.nextLine()) as { ok?: unknown; error?: string; callback?: unknown };
    if (answer.callback) throw new Error('the runtime called back into the host: nothing here overrides a method');
    if (answer.error !== undefined) throw new Error(`${(body as { api: string }).api} failed: ${answer.error}`);
    return answer.ok;
  }

  private nextLine(): Promise<string> {
    const queued = this.answers.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.exited) return Promise.reject(this.exited);
    return new Promise((resolve, reject) => { this.waiting = { resolve, reject }; });
  }
}

function decodeOutput(line: string): string {
  try {
    const message = JSON.parse(line) as { stdout?: string; stderr?: string };
    return Buffer.from(message.stderr ?? message.stdout ?? '', 'base64').toString('utf8');
  } catch {
    return line;
  }
}
