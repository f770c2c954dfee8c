import { mustBe } from './input-error';

export interface ParsedCidr {
  readonly version: 4 | 6;
  readonly prefixLength: number;
  /** True for 0.0.0.0/0 and ::/0. */
  readonly isAnywhere: boolean;
}

const IPV4_OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}$`);

export function isIpv4(text: string): boolean {
  return IPV4.test(text);
}

/** RFC 4291 text form, with `::` compression and an optional trailing dotted IPv4 part. */
export function parseIpv6(text: string): number[] | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(text) || text.split('::').length > 2) return undefined;
  let tail: number[] = [];
  let body = text;
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    if (!isIpv4(dotted[2])) return undefined;
    const o = dotted[2].split('.').map(Number);
    tail = [(o[0] << 8) | o[1], (o[2] << 8) | o[3]];
    body = dotted[1].endsWith('::') ? dotted[1] : dotted[1].slice(0, -1);
  }
  const groups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const pieces = part.split(':');
    if (pieces.some((p) => !/^[0-9A-Fa-f]{1,4}$/.test(p))) return undefined;
    return pieces.map((p) => parseInt(p, 16));
  };
  const [head, rest] = body.split('::');
  const left = groups(head);
  const right = rest === undefined ? [] : groups(rest);
  if (!left || !right) return undefined;
  const total = left.length + right.length + tail.length;
  if (rest === undefined) return total === 8 ? [...left, ...tail] : undefined;
  if (total > 7) return undefined;
  return [...left, ...new Array(8 - total).fill(0), ...right, ...tail];
}

const CIDR_FORM = 'an IPv4 or IPv6 CIDR with its host bits zero, such as 203.0.113.0/24 or 2001:db8::/32';

/**
 * An IPv4 or IPv6 CIDR in canonical network form: the prefix length in range, written without
 * leading zeros, and no host bits set, so what the security group allows is exactly what the text says.
 */
export function validateCidr(prop: string, value: string): ParsedCidr {
  const match = /^([^/]+)\/(0|[1-9]\d{0,2})$/.exec(value);
  if (!match) throw mustBe(prop, CIDR_FORM, value);
  const prefixLength = Number(match[2]);
  if (isIpv4(match[1])) {
    if (prefixLength > 32) throw mustBe(prop, CIDR_FORM, value, 'an IPv4 prefix is 0 to 32');
    const bits = match[1].split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
    const hostBits = prefixLength === 32 ? 0 : bits % 2 ** (32 - prefixLength);
    if (hostBits !== 0) throw mustBe(prop, CIDR_FORM, value, 'host bits are set');
    return { version: 4, prefixLength, isAnywhere: prefixLength === 0 };
  }
  const groups = parseIpv6(match[1]);
  if (!groups) throw mustBe(prop, CIDR_FORM, value);
  if (prefixLength > 128) throw mustBe(prop, CIDR_FORM, value, 'an IPv6 prefix is 0 to 128');
  for (let bit = prefixLength; bit < 128; bit++) {
    if ((groups[Math.floor(bit / 16)] >> (15 - (bit % 16))) & 1)
      throw mustBe(prop, CIDR_FORM, value, 'host bits are set');
  }
  return { version: 6, prefixLength, isAnywhere: prefixLength === 0 };
}

/** The CIDRs that mean "the whole internet"; RDP from them needs the explicit opt-in. */
export const ANYWHERE_CIDRS: readonly string[] = ['0.0.0.0/0', '::/0'];

/**
 * A source CIDR for RDP. A /0 (written any way, such as `::/0` or `0:0::0/0`) opens RDP to the whole
 * internet and is accepted only with `allowAnywhere`, which the caller sets from its opt-in prop.
 */
export function validateRdpSourceCidr(
  prop: string,
  value: string,
  allowAnywhere: boolean,
  optInProp: string,
): ParsedCidr {
  const parsed = validateCidr(prop, value);
  if (parsed.isAnywhere && !allowAnywhere) {
    throw mustBe(
      prop,
      `a CIDR narrower than the whole internet, such as 203.0.113.0/24 (set ${optInProp}: true to accept RDP from anywhere)`,
      value,
    );
  }
  return parsed;
}
