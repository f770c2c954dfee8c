import { ALL_PROTOCOLS, IngressRule, Protocol } from './ingress-rules';
import { ALL_PORTS, coversEveryPort, PortSet, portsMinus, portsUnion } from './port-set';

/** What one accepting inbound rule lets in from anywhere, after the rules before it had their say. */
export interface IngressExposure {
  readonly rule: IngressRule;
  /** Ports per protocol the rule lets in from anywhere and no earlier rule drops. ICMP has no ports: its set is all. */
  readonly open: ReadonlyMap<Protocol, PortSet>;
  /** The rule's own port text names every port (before earlier drops). */
  readonly namesEveryPort: boolean;
  /** Why the exposure is only possible, not certain (a source known at deploy time, a template). */
  readonly uncertainty?: string;
}

type DropsByFamily = Map<4 | 6, Map<Protocol, PortSet>>;

/**
 * Walks inbound rules in order, first match first, as Tencent Cloud applies a rule list: a DROP from
 * anywhere removes its traffic from every later rule of the same list. Sources limited to a CIDR or a
 * security group are never exposures; DROP rules are never exposures. Unknown parts count as the widest
 * reading, and make the exposure uncertain.
 */
export function exposuresOf(rules: readonly IngressRule[]): IngressExposure[] {
  const drops: DropsByFamily = new Map();
  const exposures: IngressExposure[] = [];
  for (const rule of rules) {
    const { action, source, protocols, ports } = rule;
    if (action.known && action.value === 'DROP') {
      if (rule.ordered && source.known && source.value.kind === 'anywhere' && protocols.known && ports.known) {
        const byProtocol = drops.get(source.value.family) ?? new Map<Protocol, PortSet>();
        for (const protocol of protocols.value)
          byProtocol.set(protocol, portsUnion(byProtocol.get(protocol) ?? [], portsFor(protocol, ports.value)));
        drops.set(source.value.family, byProtocol);
      }
      continue;
    }
    if (source.known && source.value.kind === 'limited') continue;
    const uncertainty = [action, source, protocols, ports].flatMap((part) => (part.known ? [] : [part.reason]));
    const family = source.known && source.value.kind === 'anywhere' ? source.value.family : undefined;
    const open = new Map<Protocol, PortSet>();
    for (const protocol of protocols.known ? protocols.value : ALL_PROTOCOLS) {
      const wanted = portsFor(protocol, ports.known ? ports.value : ALL_PORTS);
      // An earlier drop shadows only traffic it is sure to match: same address family, from anywhere.
      const dropped = family === undefined ? [] : (drops.get(family)?.get(protocol) ?? []);
      const remaining = portsMinus(wanted, dropped);
      if (remaining.length > 0) open.set(protocol, remaining);
    }
    if (open.size === 0) continue;
    exposures.push({
      rule,
      open,
      namesEveryPort: !ports.known || coversEveryPort(ports.value),
      ...(uncertainty.length ? { uncertainty: [...new Set(uncertainty)].join('; ') } : {}),
    });
  }
  return exposures;
}

function portsFor(protocol: Protocol, ports: PortSet): PortSet {
  return protocol === 'ICMP' || protocol === 'ICMPV6' ? ALL_PORTS : ports;
}

/** The ports that let in file sharing and remote desktop, which setting 4 and RDP make dangerous to expose. */
export const SENSITIVE_PORTS: ReadonlyArray<{ readonly port: number; readonly service: string }> = [
  { port: 3389, service: 'RDP' },
  { port: 445, service: 'SMB' },
  { port: 139, service: 'NetBIOS session' },
  { port: 137, service: 'NetBIOS name' },
  { port: 138, service: 'NetBIOS datagram' },
];

/** The sensitive ports an exposure opens, as `TCP 3389 (RDP)`. */
export function sensitiveHits(exposure: IngressExposure): string[] {
  const hits: string[] = [];
  for (const protocol of ['TCP', 'UDP'] as const) {
    const open = exposure.open.get(protocol);
    if (!open) continue;
    for (const { port, service } of SENSITIVE_PORTS) {
      if (open.some(([low, high]) => port >= low && port <= high)) hits.push(`${protocol} ${port} (${service})`);
    }
  }
  return hits;
}

/** The rule names every port of TCP or UDP, and some of it is still open. */
export function opensEveryPort(exposure: IngressExposure): boolean {
  return exposure.namesEveryPort && (exposure.open.has('TCP') || exposure.open.has('UDP'));
}

/** Where and what, for a message: `ingress[2] (ACCEPT TCP 3389 from 0.0.0.0/0)`. */
export function describeRule(rule: IngressRule): string {
  return rule.findingId ? `${rule.findingId} (${rule.text})` : `the rule (${rule.text})`;
}
