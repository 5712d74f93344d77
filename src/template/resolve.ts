/**
 * Intrinsic resolution: the value a template node will have once deployed, as far as it can be
 * known offline. What cannot be known is an explicit Unknown (never a guess); every Unknown made is
 * recorded with its node so the report can say which resources were only partly analysed.
 */
import { get, isMap, isScalar, isSeq, setOwn, str, type Node } from '../parse/node.js';
import { NO_VALUE, Unknown, asString, firstUnknown, hasUnknown, isUnknown, type Value } from './values.js';
import { MAX_VALUE_SIZE, sizeOf, tooLarge } from './value-size.js';
import { givenParameter, type ResolveOptions } from './parameters.js';
import { arnPlaceholder, pseudoParameters, refPlaceholder } from './placeholders.js';
import type { Template } from './model.js';

export { SELF_ACCOUNT } from './placeholders.js';
export { givenParameter, type ResolveOptions } from './parameters.js';
export { MAX_VALUE_SIZE, isTooLarge } from './value-size.js';

const MAX_DEPTH = 64;

export class Resolver {
  readonly unknowns: { node: Node; reason: string }[] = [];
  private readonly pseudo: Record<string, Value>;
  private readonly condCache = new Map<string, boolean | Unknown>();
  /** Each node is resolved once: parameter defaults and shared sub-values are not re-resolved per Ref. */
  private readonly memo = new Map<Node, { value: Value; depth: number; cut: boolean }>();
  private readonly sizes = new Map<object, number>();
  /** How often the depth limit was hit, so values cut short by it are not memoised. */
  private depthHits = 0;
  /** Conditions being evaluated, innermost last, to name a cycle. */
  private readonly evaluating: string[] = [];
  /** Conditions that refer to themselves, with the chain that closes the loop. */
  readonly cycles: { name: string; node: Node; path: string[] }[] = [];

  constructor(
    readonly template: Template | undefined,
    private readonly options: ResolveOptions = {},
  ) {
    this.pseudo = pseudoParameters(options.parameters, options.region);
    // Modules, macros and unexpanded loops: reported with the values that could not be known.
    if (template) this.unknowns.push(...template.notAnalysed);
  }

  /** The value given for a parameter (`--parameter`, config `parameters`), if any. */
  given(name: string): string | undefined {
    return givenParameter(this.options, name);
  }

  get accountId(): string {
    return String(this.pseudo['AWS::AccountId']);
  }

  /** The region and partition of the scan (`--region`): `aws-cn` for cn-*, `aws-us-gov` for GovCloud. */
  get region(): string {
    return String(this.pseudo['AWS::Region']);
  }

  get partition(): string {
    return String(this.pseudo['AWS::Partition']);
  }

  /**
   * Follows `Fn::If` (when its condition is known) and drops `Ref: AWS::NoValue`, returning the
   * node that will really be there, so structural code (statement lists, rule lists) keeps
   * pointing at source positions.
   */
  view(node: Node | undefined): Node | undefined {
    let n = node;
    for (let i = 0; i < MAX_DEPTH && n; i++) {
      if (!isMap(n) || n.pairs.length !== 1) return n;
      const [{ key, value }] = n.pairs;
      if (key.value === 'Ref' && str(value) === 'AWS::NoValue') return undefined;
      if (key.value !== 'Fn::If' || !isSeq(value) || value.items.length !== 3) return n;
      const c = this.conditionOf(value.items[0], 0);
      if (isUnknown(c)) return n;
      n = c ? value.items[1] : value.items[2];
    }
    return n;
  }

  /** A list as its items (a lone value is a list of one), each through `view`. */
  items(node: Node | undefined): Node[] {
    const n = this.view(node);
    if (!n) return [];
    if (isSeq(n)) return n.items.map((i) => this.view(i)).filter((i): i is Node => i !== undefined);
    return [n];
  }

  /** The resolved value of a node; never throws. */
  value(node: Node | undefined): Value {
    if (!node) return NO_VALUE;
    return this.resolve(node, 0);
  }

  /** The resolved value as a string, or undefined when it is not a known scalar. */
  string(node: Node | undefined): string | undefined {
    return asString(this.value(node));
  }

  /** Whether the resource is created at all: false only when its Condition is known false. */
  created(condition: string | undefined): boolean {
    if (!condition) return true;
    const c = this.condition(condition, 0);
    return c !== false;
  }

  condition(name: string, depth: number): boolean | Unknown {
    const forced = this.options.conditions;
    if (forced && Object.hasOwn(forced, name)) return forced[name];
    const cached = this.condCache.get(name);
    if (cached !== undefined) return cached;
    const def = this.template?.conditions.get(name);
    if (!def) return new Unknown(`condition ${name} is not defined`);
    const loop = this.evaluating.indexOf(name);
    if (loop >= 0) {
      const path = [...this.evaluating.slice(loop), name];
      if (!this.cycles.some((c) => c.name === name)) this.cycles.push({ name, node: def, path });
      return this.unknown(def, `condition ${name} refers to itself`);
    }
    this.evaluating.push(name);
    let v: boolean | Unknown;
    try {
      v = this.conditionOf(def, depth + 1);
    } finally {
      this.evaluating.pop();
    }
    this.condCache.set(name, v);
    return v;
  }

  private unknown(node: Node, reason: string): Unknown {
    this.unknowns.push({ node, reason });
    return new Unknown(reason);
  }

  private conditionOf(node: Node, depth: number): boolean | Unknown {
    if (depth > MAX_DEPTH) return this.unknown(node, 'conditions nest too deeply');
    if (isScalar(node)) {
      // Fn::If names its condition as a plain string.
      if (typeof node.value === 'string') return this.condition(node.value, depth);
      if (typeof node.value === 'boolean') return node.value;
    }
    if (isMap(node) && node.pairs.length === 1) {
      const [{ key, value }] = node.pairs;
      const args = isSeq(value) ? value.items : [];
      switch (key.value) {
        case 'Condition':
          return str(value) ? this.condition(str(value)!, depth + 1) : this.unknown(node, 'bad Condition');
        case 'Fn::Equals': {
          if (args.length !== 2) return this.unknown(node, 'Fn::Equals takes two values');
          const a = this.resolve(args[0], depth + 1);
          const b = this.resolve(args[1], depth + 1);
          if (isUnknown(a)) return a;
          if (isUnknown(b)) return b;
          return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
        }
        case 'Fn::Not': {
          const v = args[0] ? this.conditionOf(args[0], depth + 1) : this.unknown(node, 'Fn::Not needs a condition');
          return isUnknown(v) ? v : !v;
        }
        case 'Fn::And':
        case 'Fn::Or': {
          const vs = args.map((a) => this.conditionOf(a, depth + 1));
          const isAnd = key.value === 'Fn::And';
          if (vs.some((v) => v === !isAnd)) return !isAnd; // decided whatever the unknowns are
          const u = vs.find(isUnknown);
          return u ?? isAnd;
        }
      }
    }
    return this.unknown(node, 'a condition that cannot be evaluated');
  }

  private resolve(node: Node, depth: number): Value {
    if (depth > MAX_DEPTH) {
      this.depthHits++;
      return this.unknown(node, 'values nest too deeply');
    }
    if (isScalar(node)) return node.value;
    // A value cut short by the depth limit depends on how deep it was reached: reused only as
    // deep or deeper, recomputed when the node is reached nearer the top.
    const cached = this.memo.get(node);
    if (cached && (!cached.cut || depth >= cached.depth)) return cached.value;
    const hits = this.depthHits;
    let v = this.compute(node, depth);
    if (sizeOf(v, this.sizes) > MAX_VALUE_SIZE) v = this.unknown(node, tooLarge);
    this.memo.set(node, { value: v, depth, cut: this.depthHits !== hits });
    return v;
  }

  private compute(node: Node, depth: number): Value {
    if (isScalar(node)) return node.value;
    if (isSeq(node)) {
      const out: Value[] = [];
      for (const i of node.items) {
        const v = this.resolve(i, depth + 1);
        if (v !== NO_VALUE) out.push(v);
      }
      return out;
    }
    if (node.pairs.length === 1) {
      const [{ key, value }] = node.pairs;
      const k = String(key.value);
      if (k === 'Ref' || k.startsWith('Fn::')) return this.intrinsic(node, k, value, depth);
    }
    const obj: { [key: string]: Value } = {};
    for (const p of node.pairs) {
      const v = this.resolve(p.value, depth + 1);
      if (v !== NO_VALUE) setOwn(obj, String(p.key.value), v);
    }
    return obj;
  }

  private intrinsic(node: Node, fn: string, arg: Node, depth: number): Value {
    const args = isSeq(arg) ? arg.items : [];
    const r = (n: Node | undefined): Value =>
      n ? this.resolve(n, depth + 1) : this.unknown(node, `${fn} is incomplete`);
    switch (fn) {
      case 'Ref':
        return this.ref(node, str(arg) ?? '', depth);
      case 'Fn::GetAtt': {
        const parts = isScalar(arg) ? String(arg.value).split(/\.(.*)/s, 2) : args.map((a) => asString(r(a)) ?? '');
        return this.getAtt(node, parts[0] ?? '', parts[1] ?? '');
      }
      case 'Fn::Sub':
        return this.sub(node, arg, depth);
      case 'Fn::Join': {
        const sep = asString(r(args[0]));
        const list = r(args[1]);
        if (sep === undefined || !Array.isArray(list))
          return firstUnknown(list) ?? this.unknown(node, 'Fn::Join of unknown values');
        const strs = list.map(asString);
        if (strs.some((s) => s === undefined))
          return firstUnknown(list) ?? this.unknown(node, 'Fn::Join of unknown values');
        const size = strs.reduce((n, s) => n + s!.length + sep.length, 0);
        return size > MAX_VALUE_SIZE ? this.unknown(node, tooLarge) : strs.join(sep);
      }
      case 'Fn::Select': {
        const i = Number(asString(r(args[0])));
        const list = r(args[1]);
        if (!Array.isArray(list) || !Number.isInteger(i))
          return firstUnknown(list) ?? this.unknown(node, 'Fn::Select of unknown values');
        return i >= 0 && i < list.length ? list[i] : this.unknown(node, `Fn::Select index ${i} is out of range`);
      }
      case 'Fn::Split': {
        const sep = asString(r(args[0]));
        const s = asString(r(args[1]));
        if (sep === undefined || s === undefined) return this.unknown(node, 'Fn::Split of an unknown value');
        return s.split(sep);
      }
      case 'Fn::If': {
        if (args.length !== 3) return this.unknown(node, 'Fn::If takes a condition and two values');
        const c = this.conditionOf(args[0], depth + 1);
        if (isUnknown(c)) return c;
        return r(c ? args[1] : args[2]);
      }
      case 'Fn::FindInMap':
        return this.findInMap(node, args, depth);
      case 'Fn::Base64':
        // Rules read what the value says (UserData scripts), not its encoding.
        return isSeq(arg) ? r(args[0]) : r(arg);
      case 'Fn::GetAZs': {
        const region = asString(r(arg)) || String(this.pseudo['AWS::Region']);
        return ['a', 'b', 'c'].map((z) => `${region}${z}`);
      }
      case 'Fn::Length': {
        const list = r(arg);
        return Array.isArray(list) ? list.length : this.unknown(node, 'Fn::Length of an unknown list');
      }
      case 'Fn::ToJsonString': {
        const v = r(arg);
        return hasUnknown(v) ? this.unknown(node, 'Fn::ToJsonString of unknown values') : JSON.stringify(v);
      }
      case 'Fn::ImportValue':
        return this.unknown(node, 'a value imported from another stack');
      case 'Fn::GetStackOutput':
        return this.unknown(node, "another stack's output, read at deploy time");
      case 'Fn::Cidr':
        return this.unknown(node, 'Fn::Cidr is not computed');
      default:
        return this.unknown(node, `${fn} is not resolved offline`);
    }
  }

  private ref(node: Node, name: string, depth: number): Value {
    if (Object.hasOwn(this.pseudo, name)) return this.pseudo[name];
    if (name.startsWith('AWS::')) return this.unknown(node, `${name} is only known at deploy time`);
    const given = givenParameter(this.options, name);
    const param = this.template?.parameters.get(name);
    if (param) {
      if (/^AWS::SSM::Parameter::Value</.test(param.type)) {
        return this.unknown(node, `parameter ${name} is read from SSM at deploy time`);
      }
      let v: Value;
      if (given !== undefined) v = given;
      else if (param.default) v = this.resolve(param.default, depth + 1);
      else return this.unknown(node, `parameter ${name} has no Default and no value was given`);
      if (/^List<|^CommaDelimitedList$/.test(param.type) && typeof v === 'string')
        return v.split(',').map((s) => s.trim());
      return v;
    }
    if (given !== undefined) return given;
    const res = this.template?.byId.get(name);
    if (res?.type === 'AWS::IAM::OIDCProvider') {
      // Its Ref is the provider's ARN, which ends in the issuer's host: trust rules read it.
      const url = asString(this.resolve(get(res.properties, 'Url') ?? node, depth + 1));
      const host = url?.replace(/^https:\/\//, '');
      return host
        ? `arn:${String(this.pseudo['AWS::Partition'])}:iam::${this.accountId}:oidc-provider/${host}`
        : this.unknown(node, `the URL of ${name} is not known`);
    }
    if (res) return refPlaceholder(res.type, name, this.pseudo);
    return this.unknown(node, `Ref to ${name}, which the template does not define`);
  }

  private getAtt(node: Node, id: string, attr: string): Value {
    const res = this.template?.byId.get(id);
    if (!res) return this.unknown(node, `Fn::GetAtt on ${id}, which the template does not define`);
    if (/arn$/i.test(attr)) return arnPlaceholder(res.type, id, this.pseudo);
    return `${id}.${attr}`;
  }

  private sub(node: Node, arg: Node, depth: number): Value {
    let tpl: string | undefined;
    const vars = new Map<string, Value>();
    if (isScalar(arg)) tpl = asString(arg.value);
    else if (isSeq(arg)) {
      tpl = asString(this.resolve(arg.items[0], depth + 1));
      const m = arg.items[1];
      if (isMap(m)) for (const p of m.pairs) vars.set(String(p.key.value), this.resolve(p.value, depth + 1));
    }
    if (tpl === undefined) return this.unknown(node, 'Fn::Sub of an unknown string');
    let unknown: Unknown | undefined;
    let size = tpl.length;
    const out = tpl.replace(/\$\{([^}]*)\}/g, (whole, name: string) => {
      if (name.startsWith('!')) return `\${${name.slice(1)}}`;
      const key = name.trim();
      let v: Value;
      if (vars.has(key)) v = vars.get(key)!;
      else if (key.includes('.')) {
        const [id, attr] = key.split(/\.(.*)/s, 2);
        v = this.getAtt(node, id, attr);
      } else v = this.ref(node, key, depth + 1);
      const s = asString(v);
      if (s === undefined) {
        unknown ??= isUnknown(v) ? v : this.unknown(node, `\${${key}} is not a string`);
        return whole;
      }
      // Stop building a string that is already past the cap (one `${P}` written 1,000 times).
      size += s.length;
      if (size > MAX_VALUE_SIZE) {
        unknown ??= this.unknown(node, tooLarge);
        return '';
      }
      return s;
    });
    return unknown ?? out;
  }

  private findInMap(node: Node, args: Node[], depth: number): Value {
    const [m, k1, k2] = args.slice(0, 3).map((a) => asString(this.resolve(a, depth + 1)));
    if (m === undefined || k1 === undefined || k2 === undefined) {
      return this.unknown(node, 'Fn::FindInMap with unknown keys');
    }
    const found = get(get(get(this.template?.mappings, m), k1), k2);
    if (found) return this.resolve(found, depth + 1);
    const dflt = get(args[3], 'DefaultValue');
    if (dflt) return this.resolve(dflt, depth + 1);
    return this.unknown(node, `Fn::FindInMap: ${m}.${k1}.${k2} is not in the template's Mappings`);
  }
}

function normalise(v: Value): unknown {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(normalise);
  return v;
}

/**
 * The parameter whose Default a node's value is: the node is a `Ref` to a template parameter
 * that has a Default, and no value was given for it (an SSM-typed parameter's Default is a path,
 * read at deploy time, so it is not the value). Undefined otherwise. Findings on such a value
 * say where it comes from, so the fix is made in the parameter, not in the resource.
 */
export function defaultParameterOf(r: Resolver, node: Node | undefined): string | undefined {
  if (!isMap(node) || node.pairs.length !== 1 || node.pairs[0].key.value !== 'Ref') return undefined;
  const name = str(node.pairs[0].value);
  const param = name ? r.template?.parameters.get(name) : undefined;
  if (!param?.default || r.given(param.id) !== undefined) return undefined;
  if (/^AWS::SSM::Parameter::Value</.test(param.type)) return undefined;
  return param.id;
}
