/**
 * Security-group ingress as the network rules see it: inline rules of AWS::EC2::SecurityGroup,
 * standalone AWS::EC2::SecurityGroupIngress, and GameLift fleets' inbound permissions (GameLift
 * manages the fleet's security group from them), with protocol, port range and source CIDR
 * resolved (a CIDR behind a parameter's Default counts as written).
 */
import type { Node } from '../../parse/node.js';
import type { Resource, Template } from '../../template/model.js';
import { asNumber, asString, isUnknown } from '../../template/values.js';
import type { RuleContext } from '../types.js';
import { created, perTemplate, prop, referencedId } from './properties.js';
import { get, isMap, isSeq } from '../../parse/node.js';

export interface Ingress {
  resource: Resource;
  /** The CIDR node: where a finding about a world-open rule points. */
  node: Node;
  cidr: string;
  /** Every protocol (`-1`), or TCP/UDP with this port range; null for protocols without ports. */
  ports: { from: number; to: number } | 'all' | null;
  protocol: 'all' | 'tcp' | 'udp' | 'other';
  key: string;
}

function protocolPorts(ctx: RuleContext, rule: Node): Ingress['ports'] | 'unknown' {
  const pv = ctx.resolver.value(prop(ctx, rule, 'IpProtocol'));
  if (isUnknown(pv)) return 'unknown';
  const proto = String(asString(pv) ?? '').toLowerCase();
  if (proto === '-1' || proto === 'all') return 'all';
  if (!['tcp', 'udp', '6', '17'].includes(proto)) return null;
  const from = asNumber(ctx.resolver.value(prop(ctx, rule, 'FromPort')));
  const to = asNumber(ctx.resolver.value(prop(ctx, rule, 'ToPort')));
  if (from === undefined && to === undefined) return { from: 0, to: 65535 };
  if (from === undefined || to === undefined) return 'unknown';
  if (from === -1 || to === -1) return { from: 0, to: 65535 };
  // EC2 rejects a range whose start is above its end: such a rule opens nothing.
  if (from > to) return null;
  return { from, to };
}

/**
 * Every world-open ingress rule of the template, worked out once for the four network rules that
 * ask; the list is shared: do not change it.
 */
export const worldOpenIngress: (t: Template, ctx: RuleContext) => readonly Ingress[] =
  perTemplate(findWorldOpenIngress);

function findWorldOpenIngress(t: Template, ctx: RuleContext): Ingress[] {
  const out: Ingress[] = [];
  const consider = (resource: Resource, rule: Node, key: string) => {
    for (const field of ['CidrIp', 'CidrIpv6']) {
      const node = prop(ctx, rule, field);
      const cidr = asString(ctx.resolver.value(node));
      // Any address with a /0 prefix is every address, however the address is written.
      if (!node || !cidr || !/\/0$/.test(cidr.trim())) continue;
      const ports = protocolPorts(ctx, rule);
      if (ports === 'unknown') continue;
      const p = String(asString(ctx.resolver.value(prop(ctx, rule, 'IpProtocol'))) ?? '').toLowerCase();
      const protocol =
        ports === 'all' ? 'all' : p === 'tcp' || p === '6' ? 'tcp' : p === 'udp' || p === '17' ? 'udp' : 'other';
      out.push({ resource, node, cidr, ports, protocol, key: `${key}:${field}` });
    }
  };
  for (const r of created(t, ctx, 'AWS::EC2::SecurityGroup')) {
    ctx.resolver
      .items(prop(ctx, r.props, 'SecurityGroupIngress'))
      .forEach((rule, i) => consider(r.res, rule, `ingress[${i}]`));
  }
  for (const r of created(t, ctx, 'AWS::EC2::SecurityGroupIngress')) if (r.props) consider(r.res, r.props, 'ingress');
  for (const r of created(t, ctx, ...Object.keys(GAMELIFT))) {
    const field = GAMELIFT[r.res.type];
    ctx.resolver.items(prop(ctx, r.props, field)).forEach((perm, i) => {
      const g = gameLiftIngress(ctx, r.res, perm, `${field}[${i}]`);
      if (g) out.push(g);
    });
  }
  return out;
}

/** GameLift fleets and the property holding their inbound permissions. */
const GAMELIFT: Record<string, string> = {
  'AWS::GameLift::Fleet': 'EC2InboundPermissions',
  'AWS::GameLift::ContainerFleet': 'InstanceInboundPermissions',
};

/** A GameLift inbound permission (`IpRange`, `Protocol` TCP or UDP, `FromPort`-`ToPort`) open to the world. */
function gameLiftIngress(ctx: RuleContext, resource: Resource, perm: Node, key: string): Ingress | undefined {
  const node = prop(ctx, perm, 'IpRange');
  const cidr = asString(ctx.resolver.value(node));
  if (!node || !cidr || !/\/0$/.test(cidr.trim())) return undefined;
  const proto = asString(ctx.resolver.value(prop(ctx, perm, 'Protocol')))?.toLowerCase();
  const from = asNumber(ctx.resolver.value(prop(ctx, perm, 'FromPort')));
  const to = asNumber(ctx.resolver.value(prop(ctx, perm, 'ToPort')));
  if ((proto !== 'tcp' && proto !== 'udp') || from === undefined || to === undefined || from > to) return undefined;
  return { resource, node, cidr, ports: { from, to }, protocol: proto, key };
}

const TCP: readonly Ingress['protocol'][] = ['tcp'];

/** Whether the rule opens `port` for one of `protocols` (every protocol covers every port). */
export const covers = (i: Ingress, port: number, protocols: readonly Ingress['protocol'][] = TCP): boolean =>
  i.ports === 'all' ||
  (protocols.includes(i.protocol) && i.ports !== null && i.ports.from <= port && port <= i.ports.to);

export const allPorts = (i: Ingress): boolean =>
  i.ports === 'all' || (i.ports !== null && i.ports.from <= 0 && i.ports.to >= 65535);

/** SSH is TCP; RDP also answers on UDP. */
export const ADMIN_PORTS: [number, Ingress['protocol'][]][] = [
  [22, ['tcp']],
  [3389, ['tcp', 'udp']],
];
export const DATABASE_PORTS = [
  1433, 1521, 2483, 2484, 3306, 5432, 5439, 5984, 6379, 7000, 7001, 8529, 9042, 9200, 9300, 11211, 27017, 27018, 50000,
];

export function describePorts(i: Ingress): string {
  if (i.ports === 'all') return 'all protocols and ports';
  if (i.ports === null) return 'a protocol without ports';
  return i.ports.from === i.ports.to ? `port ${i.ports.from}` : `ports ${i.ports.from}-${i.ports.to}`;
}

/** Load balancers that answer only on their listeners' ports: Application and Classic. */
function isListenerOnly(r: Resource, ctx: RuleContext): boolean {
  if (r.type === 'AWS::ElasticLoadBalancing::LoadBalancer') return true;
  if (r.type !== 'AWS::ElasticLoadBalancingV2::LoadBalancer') return false;
  const type = asString(ctx.resolver.value(prop(ctx, r.properties, 'Type')));
  return type === undefined || type === 'application';
}

/** Whether a node refers to the logical id (Ref, Fn::GetAtt) anywhere inside. */
function refersTo(n: Node | undefined, id: string, depth = 0): boolean {
  if (!n || depth > 64) return false;
  if (referencedId(n) === id) return true;
  if (isMap(n)) return n.pairs.some((p) => refersTo(p.value, id, depth + 1));
  return isSeq(n) && n.items.some((i) => refersTo(i, id, depth + 1));
}

/**
 * The load balancers that are the only users of the ingress rule's security group, or undefined
 * when something else (an instance, a task, a function, another group's rule) uses it or none
 * does. An Application or Classic Load Balancer accepts traffic only on its listeners' ports
 * (docs/accuracy.md), so "every port" on its group opens its listeners, not every service.
 */
export function onlyLoadBalancers(t: Template, ctx: RuleContext, i: Ingress): Resource[] | undefined {
  const group =
    i.resource.type === 'AWS::EC2::SecurityGroup' ? i.resource.id : referencedId(get(i.resource.properties, 'GroupId'));
  if (!group) return undefined;
  const users = t.resources.filter(
    (r) =>
      r.id !== group &&
      r.type !== 'AWS::EC2::SecurityGroupIngress' &&
      r.type !== 'AWS::EC2::SecurityGroupEgress' &&
      refersTo(r.properties, group),
  );
  return users.length && users.every((r) => isListenerOnly(r, ctx)) ? users : undefined;
}

/**
 * Whether a finding about particular ports on this rule would repeat sg-open-all-ports: every
 * port on a group only load balancers use opens their listeners, which that rule says.
 */
export const listenersOnly = (t: Template, ctx: RuleContext, i: Ingress): boolean =>
  allPorts(i) && onlyLoadBalancers(t, ctx, i) !== undefined;
