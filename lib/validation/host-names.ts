import { isIpv4, parseIpv6 } from './cidr';
import { mustBe } from './input-error';

const DNS_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/**
 * An RFC 1123 host name: dot-separated labels of letters, digits and inner hyphens, 253 characters at
 * most. The last label may not be all digits (no top-level domain is), so a mistyped address such as
 * 10.0.0.256 is refused instead of being taken for a name.
 */
export function isDnsName(text: string): boolean {
  const name = text.endsWith('.') ? text.slice(0, -1) : text;
  const labels = name.split('.');
  return (
    name.length > 0 &&
    name.length <= 253 &&
    labels.every((label) => DNS_LABEL.test(label)) &&
    !/^\d+$/.test(labels[labels.length - 1])
  );
}

/** A host an RDP client can be pointed at: IPv4, IPv6 or a DNS name. */
export function isRdpHost(text: string): boolean {
  return isIpv4(text) || parseIpv6(text) !== undefined || isDnsName(text);
}

/**
 * Tencent Cloud's rule for Windows host names (RunInstances `HostName`, tencentcloud-sdk-go
 * cvm/v20170312 models.go): 2 to 15 letters, digits and hyphens, not all digits; a hyphen may not
 * start or end the name or follow another hyphen.
 */
export function validateWindowsHostname(prop: string, value: string): void {
  if (!/^[A-Za-z0-9-]{2,15}$/.test(value) || /^\d+$/.test(value) || /^-|-$|--/.test(value)) {
    throw mustBe(
      prop,
      'a Windows host name of 2 to 15 letters, digits and single inner hyphens, not all digits, such as rdp-jump-01',
      value,
    );
  }
}

/** A further name for the stored credential (`TERMSRV/<name>`): an IP address or a DNS name. */
export function validateCredentialTarget(prop: string, value: string): void {
  if (!isRdpHost(value))
    throw mustBe(prop, 'an IPv4 address, an IPv6 address or a DNS name such as rdp.example.com', value);
}

/**
 * A server name for "Allow delegating saved credentials with NTLM-only server authentication":
 * `TERMSRV/` and a host, `*`, or `*.` and a domain. Only RDP's service class: this library manages RDP.
 */
export function validateDelegationServer(prop: string, value: string): void {
  const match = /^TERMSRV\/(.+)$/i.exec(value);
  const host = match?.[1];
  const ok =
    host !== undefined && (host === '*' || isRdpHost(host) || (host.startsWith('*.') && isDnsName(host.slice(2))));
  if (!ok)
    throw mustBe(
      prop,
      'TERMSRV/ followed by a host, an IP address, * or *.domain, such as TERMSRV/203.0.113.10',
      value,
    );
}

/**
 * The host a workstation's Remote Desktop Connection is pointed at: an IPv4 address or a DNS name
 * without a trailing dot. IPv6 is left out: its text form cannot be a Windows file name, and the
 * client script names its .rdp file after the host.
 */
export function validateRdpClientHost(prop: string, value: string): void {
  const looksNumeric = /^[\d.]+$/.test(value);
  const ok = looksNumeric ? isIpv4(value) : isDnsName(value) && !value.endsWith('.');
  if (!ok) throw mustBe(prop, 'an IPv4 address or a DNS name, such as 203.0.113.10 or rdp.example.com', value);
}
