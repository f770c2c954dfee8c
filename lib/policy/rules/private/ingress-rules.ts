import { isIpv4, parseIpv6 } from '../../../validation/cidr';
import { pureReference, resolveValue, showValue } from '../../engine/expressions';
import { TerraformConfiguration, ResourceBlock } from '../../engine/terraform-configuration';
import { parsePorts, PortSet } from './port-set';

export type Protocol = 'TCP' | 'UDP' | 'ICMP' | 'ICMPV6';
export const ALL_PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'ICMP', 'ICMPV6'];

/** A part of a rule as the configuration states it, or why it cannot be known before deploy. */
export type Known<T> = { readonly known: true; readonly value: T } | { readonly known: false; readonly reason: string };

export type RuleSource = { readonly kind: 'anywhere'; readonly family: 4 | 6 } | { readonly kind: 'limited' };

/** One inbound rule of any of the three security-group rule resource types, in one shape. */
export interface IngressRule {
  /** `ingress[2]` for rules in a list; undefined for the single-rule resource. */
  readonly findingId?: string;
  readonly path: readonly (string | number)[];
  /** The rule as written, for messages. */
  readonly text: string;
  /** Rules in a list apply first match first; single-rule resources have no order the check can see. */
  readonly ordered: boolean;
  readonly action: Known<'ACCEPT' | 'DROP'>;
  readonly source: Known<RuleSource>;
  readonly protocols: Known<readonly Protocol[]>;
  readonly ports: Known<PortSet>;
}

export const SECURITY_GROUP_RULE_TYPES = [
  'tencentcloud_security_group_rule_set',
  'tencentcloud_security_group_lite_rule',
  'tencentcloud_security_group_rule',
] as const;

const known = <T>(value: T): Known<T> => ({ known: true, value });
const notKnown = <T>(reason: string): Known<T> => ({ known: false, reason });

/** The inbound rules of a security-group rule resource, in order; undefined for other types. */
export function ingressRulesOf(resource: ResourceBlock, config: TerraformConfiguration): IngressRule[] | undefined {
  const a = resource.attributes;
  switch (resource.type) {
    case 'tencentcloud_security_group_rule_set':
      return blocks(a.ingress).map((rule, i) => ruleSetIngress(rule, i, config));
    case 'tencentcloud_security_group_lite_rule':
      return list(a.ingress).map((rule, i) => liteRuleIngress(rule, i, config));
    case 'tencentcloud_security_group_rule': {
      const type = resolveValue(a.type, config);
      if (type.known && typeof type.value === 'string' && type.value.toLowerCase() !== 'ingress') return [];
      return [singleRule(a, config)];
    }
    default:
      return undefined;
  }
}

/** A nested block list in Terraform JSON: an array of objects, or a single object. */
function blocks(value: unknown): Record<string, unknown>[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items.filter(
    (item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item),
  );
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function text(value: unknown, config: TerraformConfiguration, what: string): Known<string | undefined> {
  if (value === undefined || value === null) return known(undefined);
  const resolved = resolveValue(value, config);
  if (!resolved.known) return notKnown(`${what} is ${resolved.expression}, known only at deploy time`);
  return known(String(resolved.value));
}

function action(value: unknown, config: TerraformConfiguration, what: string): Known<'ACCEPT' | 'DROP'> {
  const t = text(value, config, what);
  if (!t.known) return t;
  const upper = (t.value ?? '').toUpperCase();
  if (upper === 'ACCEPT' || upper === 'DROP') return known(upper);
  return notKnown(`${what} is ${JSON.stringify(t.value ?? '')}, neither ACCEPT nor DROP`);
}

/** Unset or `ALL` means every protocol, as the provider reads it. */
function protocols(value: string | undefined): Known<readonly Protocol[]> {
  const upper = (value ?? 'ALL').trim().toUpperCase();
  if (upper === '' || upper === 'ALL') return known(ALL_PROTOCOLS);
  if ((ALL_PROTOCOLS as readonly string[]).includes(upper)) return known([upper as Protocol]);
  if (/^PPMG?-/i.test(upper))
    return notKnown(`protocol template ${value}: its protocols and ports are not in this configuration`);
  return notKnown(`protocol ${JSON.stringify(value)} is not one the check knows`);
}

function ports(value: string | undefined): Known<PortSet> {
  const parsed = parsePorts(value);
  return parsed ? known(parsed) : notKnown(`port ${JSON.stringify(value)} is not a port, list or range`);
}

/** An IPv4/IPv6 address or CIDR: anywhere when its prefix length is 0. */
export function classifyCidr(cidr: string): Known<RuleSource> {
  const match = /^\s*([^/\s]+)(?:\/(\d{1,3}))?\s*$/.exec(cidr);
  if (!match) return notKnown(`${JSON.stringify(cidr)} is not an IP address or CIDR`);
  const family = isIpv4(match[1]) ? 4 : parseIpv6(match[1]) ? 6 : undefined;
  if (!family) return notKnown(`${JSON.stringify(cidr)} is not an IP address or CIDR`);
  const prefix = match[2] === undefined ? (family === 4 ? 32 : 128) : Number(match[2]);
  if (prefix > (family === 4 ? 32 : 128))
    return notKnown(`${JSON.stringify(cidr)} has a prefix longer than the address`);
  return known(prefix === 0 ? { kind: 'anywhere', family } : { kind: 'limited' });
}

function cidrSource(value: unknown, config: TerraformConfiguration, what: string): Known<RuleSource> {
  const t = text(value, config, what);
  if (!t.known) return t;
  return classifyCidr(t.value ?? '');
}

/** An address template: its addresses count when the template is a resource in this configuration. */
function addressTemplateSource(value: unknown, config: TerraformConfiguration, what: string): Known<RuleSource> {
  const reference = typeof value === 'string' ? pureReference(value) : undefined;
  if (
    reference?.kind === 'resource' &&
    reference.type === 'tencentcloud_address_template' &&
    reference.rest === '.id'
  ) {
    const template = config.resource(reference.type, reference.name);
    const addresses = list(template?.attributes.addresses);
    if (template && addresses.length > 0) {
      const sources = addresses.map((address) => cidrSource(address, config, `an address of ${template.address}`));
      const anywhere = sources.find((s) => s.known && s.value.kind === 'anywhere');
      if (anywhere) return anywhere;
      const unknownSource = sources.find((s) => !s.known);
      return unknownSource ?? known({ kind: 'limited' });
    }
  }
  return notKnown(
    `${what} ${
      typeof value === 'string' ? value : JSON.stringify(value)
    } is an address template whose addresses are not in this configuration`,
  );
}

function ruleSetIngress(rule: Record<string, unknown>, i: number, config: TerraformConfiguration): IngressRule {
  const where = `ingress[${i}]`;
  let source: Known<RuleSource>;
  if (rule.cidr_block !== undefined) source = cidrSource(rule.cidr_block, config, `${where}.cidr_block`);
  else if (rule.ipv6_cidr_block !== undefined)
    source = cidrSource(rule.ipv6_cidr_block, config, `${where}.ipv6_cidr_block`);
  else if (rule.source_security_id !== undefined) source = known({ kind: 'limited' });
  else if (rule.address_template_id !== undefined)
    source = addressTemplateSource(rule.address_template_id, config, `${where}.address_template_id`);
  else if (rule.address_template_group !== undefined) {
    source = notKnown(
      `${where}.address_template_group ${showValue(rule.address_template_group)} is an address template group ` +
        'whose addresses are not in this configuration',
    );
  } else source = notKnown(`${where} names no source`);

  let protocolKnown: Known<readonly Protocol[]>;
  let portKnown: Known<PortSet>;
  if (rule.service_template_id !== undefined || rule.service_template_group !== undefined) {
    const reason = `${where} uses a service template, whose protocols and ports are not in this configuration`;
    protocolKnown = notKnown(reason);
    portKnown = notKnown(reason);
  } else {
    const protocol = text(rule.protocol, config, `${where}.protocol`);
    const port = text(rule.port, config, `${where}.port`);
    protocolKnown = protocol.known ? protocols(protocol.value) : protocol;
    portKnown = port.known ? ports(port.value) : port;
  }
  const sourceText =
    rule.cidr_block ??
    rule.ipv6_cidr_block ??
    rule.source_security_id ??
    rule.address_template_id ??
    rule.address_template_group;
  return {
    findingId: where,
    path: ['ingress', i],
    text: `${showValue(rule.action ?? '?')} ${showValue(rule.protocol ?? 'ALL')} ${showValue(rule.port ?? 'ALL')} from ${showValue(
      sourceText ?? '?',
    )}`,
    ordered: true,
    action: action(rule.action, config, `${where}.action`),
    source,
    protocols: protocolKnown,
    ports: portKnown,
  };
}

function liteRuleIngress(rule: unknown, i: number, config: TerraformConfiguration): IngressRule {
  const where = `ingress[${i}]`;
  const resolved = text(rule, config, where);
  const base = { findingId: where, path: ['ingress', i] as const, ordered: true };
  if (!resolved.known || resolved.value === undefined) {
    const reason = resolved.known ? `${where} is empty` : resolved.reason;
    return {
      ...base,
      text: String(rule),
      action: notKnown(reason),
      source: notKnown(reason),
      protocols: notKnown(reason),
      ports: notKnown(reason),
    };
  }
  const parts = resolved.value.split('#');
  if (parts.length !== 4) {
    const reason = `${where} ${JSON.stringify(resolved.value)} is not ACTION#source#port#protocol`;
    return {
      ...base,
      text: resolved.value,
      action: notKnown(reason),
      source: notKnown(reason),
      protocols: notKnown(reason),
      ports: notKnown(reason),
    };
  }
  const [act, src, port, protocol] = parts;
  let source: Known<RuleSource>;
  if (/^sg-/i.test(src)) source = known({ kind: 'limited' });
  else if (/^ipmg?-/i.test(src))
    source = notKnown(`${where} source ${src} is an address template whose addresses are not in this configuration`);
  else source = classifyCidr(src);
  const protocolKnown = protocols(protocol);
  return {
    ...base,
    text: resolved.value,
    action: action(act, config, `${where} action`),
    source,
    protocols: protocolKnown,
    ports: protocolKnown.known ? ports(port) : protocolKnown,
  };
}

function singleRule(a: Readonly<Record<string, unknown>>, config: TerraformConfiguration): IngressRule {
  let source: Known<RuleSource>;
  const template = blocks(a.address_template)[0];
  if (a.cidr_ip !== undefined) source = cidrSource(a.cidr_ip, config, 'cidr_ip');
  else if (a.source_sgid !== undefined) source = known({ kind: 'limited' });
  else if (template)
    source = addressTemplateSource(template.template_id ?? template.group_id, config, 'address_template');
  else source = notKnown('the rule names no source');
  let protocolKnown: Known<readonly Protocol[]>;
  let portKnown: Known<PortSet>;
  if (blocks(a.protocol_template).length > 0) {
    const reason = 'protocol_template: its protocols and ports are not in this configuration';
    protocolKnown = notKnown(reason);
    portKnown = notKnown(reason);
  } else {
    const protocol = text(a.ip_protocol, config, 'ip_protocol');
    const port = text(a.port_range, config, 'port_range');
    protocolKnown = protocol.known ? protocols(protocol.value) : protocol;
    portKnown = port.known ? ports(port.value) : port;
  }
  return {
    path: [],
    text: `${showValue(a.policy ?? '?')} ${showValue(a.ip_protocol ?? 'ALL')} ${showValue(a.port_range ?? 'ALL')} from ${showValue(
      a.cidr_ip ?? a.source_sgid ?? 'an address template',
    )}`,
    ordered: false,
    action: action(a.policy, config, 'policy'),
    source,
    protocols: protocolKnown,
    ports: portKnown,
  };
}
