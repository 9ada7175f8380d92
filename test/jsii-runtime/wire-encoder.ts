import { Assembly, JsiiType, TypeReference } from './assemblies';
import { KernelProcess, ObjRef, Wire } from './kernel-process';

/** A static method call, `RegistrationForm.india({...})`, made through the kernel when the value is encoded. */
class StaticCall {
  constructor(readonly type: string, readonly method: string, readonly args: unknown[]) {}
}
/** A member of an enum (`{"$jsii.enum"}`) or a static property of an enum-like class (`sget`): whichever the assembly says. */
class Member {
  constructor(readonly type: string, readonly name: string) {}
}
export const staticCall = (type: string, method: string, ...args: unknown[]) => new StaticCall(type, method, args);
export const member = (type: string, name: string) => new Member(type, name);

function isObjRef(value: unknown): value is ObjRef {
  return typeof value === 'object' && value !== null && '$jsii.byref' in value;
}

/**
 * Turns the plain values of a fixture into what the Python runtime sends: every struct as
 * `{"$jsii.struct": {fqn, data}}` with all of its properties (unset ones null), enums by member, objects by reference.
 * The assemblies say which type each value has, so a fixture names types only where a user would (a factory, a member).
 */
export class WireEncoder {
  private readonly types = new Map<string, JsiiType>();

  constructor(private readonly kernel: KernelProcess, assemblies: Assembly[], private readonly home: string) {
    for (const assembly of assemblies) for (const [fqn, type] of Object.entries(assembly.types)) this.types.set(fqn, type);
  }

  /** `new <type>(...args)`, each argument encoded by the initializer's parameter types. */
  async construct(type: string, ...args: unknown[]): Promise<ObjRef> {
    const fqn = this.fqn(type);
    const parameters = (this.type(fqn) as JsiiType & { initializer?: { parameters?: { type: TypeReference }[] } }).initializer?.parameters ?? [];
    return this.kernel.create(fqn, await this.encodeAll(args, parameters.map((p) => p.type)));
  }

  async encode(value: unknown, type?: TypeReference): Promise<Wire> {
    if (value === undefined || value === null) return null;
    if (value instanceof Member) return this.encodeMember(value);
    if (value instanceof StaticCall) return this.encodeCall(value);
    if (isObjRef(value)) return value;
    if (Array.isArray(value)) return this.encodeAll(value, value.map(() => type?.collection?.elementtype));
    if (typeof value !== 'object') return value;
    const declared = type?.fqn ? this.type(type.fqn) : undefined;
    if (declared?.datatype) return this.encodeStruct(declared.fqn, value as Record<string, unknown>);
    const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await this.encode(v, type?.collection?.elementtype)]));
    return Object.fromEntries(entries);
  }

  private async encodeAll(values: unknown[], types: (TypeReference | undefined)[]): Promise<Wire[]> {
    const encoded: Wire[] = [];
    // In order: a static call may create a construct, and construct ids are taken in the order a program runs.
    for (const [i, value] of values.entries()) encoded.push(await this.encode(value, types[i]));
    return encoded;
  }

  private async encodeStruct(fqn: string, value: Record<string, unknown>): Promise<Wire> {
    const properties = this.structProperties(fqn);
    const unknown = Object.keys(value).filter((k) => !properties.some((p) => p.name === k));
    if (unknown.length > 0) throw new Error(`${fqn} has no ${unknown.join(', ')}: the fixture is out of date with the API`);
    const data: Record<string, Wire> = {};
    for (const property of properties) data[property.name] = await this.encode(value[property.name], property.type);
    return { '$jsii.struct': { fqn, data } };
  }

  private async encodeMember({ type, name }: Member): Promise<Wire> {
    const declared = this.type(this.fqn(type));
    if (declared.kind === 'enum') return { '$jsii.enum': `${declared.fqn}/${name}` };
    return this.kernel.staticGet(declared.fqn, name);
  }

  private async encodeCall({ type, method, args }: StaticCall): Promise<Wire> {
    const fqn = this.fqn(type);
    const declared = this.type(fqn).methods?.find((m) => m.static && m.name === method);
    if (!declared) throw new Error(`${fqn} has no static method ${method}: the fixture is out of date with the API`);
    return this.kernel.staticInvoke(fqn, method, await this.encodeAll(args, (declared.parameters ?? []).map((p) => p.type)));
  }

  /** A struct's properties, its base structs' included (`StackProps` has none, `StatusChangeOptions` extends one). */
  private structProperties(fqn: string): { name: string; type: TypeReference }[] {
    const type = this.type(fqn);
    const inherited = (type.interfaces ?? []).flatMap((base) => this.structProperties(base));
    return [...inherited, ...(type.properties ?? []).filter((p) => !inherited.some((i) => i.name === p.name))];
  }

  /** A short name (`RegistrationForm`) is a type of the assembly under test; anything else is a full fqn. */
  private fqn(name: string): string {
    return this.types.has(`${this.home}.${name}`) ? `${this.home}.${name}` : name;
  }

  private type(fqn: string): JsiiType {
    const type = this.types.get(fqn);
    if (!type) throw new Error(`no type ${fqn} in the loaded assemblies`);
    return type;
  }
}
