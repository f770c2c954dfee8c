import { mustBe } from './input-error';

/** `system_disk_type` values the provider accepts. */
export const SYSTEM_DISK_TYPES = [
  'LOCAL_BASIC',
  'LOCAL_SSD',
  'CLOUD_BASIC',
  'CLOUD_SSD',
  'CLOUD_PREMIUM',
  'CLOUD_BSSD',
  'CLOUD_HSSD',
  'CLOUD_TSSD',
] as const;
export type SystemDiskType = (typeof SYSTEM_DISK_TYPES)[number];

/** `data_disks.data_disk_type` values the provider documents. */
export const DATA_DISK_TYPES = [
  'LOCAL_BASIC',
  'LOCAL_SSD',
  'LOCAL_NVME',
  'LOCAL_PRO',
  'CLOUD_BASIC',
  'CLOUD_PREMIUM',
  'CLOUD_SSD',
  'CLOUD_HSSD',
  'CLOUD_TSSD',
  'CLOUD_BSSD',
] as const;
export type DataDiskType = (typeof DATA_DISK_TYPES)[number];

export function validateOneOf<T extends string>(prop: string, value: string, allowed: readonly T[]): asserts value is T {
  if (!(allowed as readonly string[]).includes(value)) throw mustBe(prop, `one of ${allowed.join(', ')}`, value);
}

export function validateIntegerInRange(prop: string, value: number, min: number, max: number, step = 1): void {
  if (!Number.isInteger(value) || value < min || value > max || (value - min) % step !== 0) {
    const stepText = step === 1 ? '' : ` in steps of ${step}`;
    throw mustBe(prop, `a whole number from ${min} to ${max}${stepText}`, value);
  }
}

export function validateLength(prop: string, value: string, min: number, max: number, what = 'text'): void {
  if (value.length < min || value.length > max) throw mustBe(prop, `${what} of ${min} to ${max} characters`, value);
}

/** `instance_name`: the provider checks 2 to 128 characters. */
export function validateInstanceName(prop: string, value: string): void {
  validateLength(prop, value, 2, 128, 'an instance name');
}

/** `instance_type`: family and size, such as S5.MEDIUM4; the provider requires the dot. */
export function validateInstanceType(prop: string, value: string): void {
  if (!/^[A-Z0-9]+[a-z0-9]*\.[A-Z0-9]+$/.test(value)) throw mustBe(prop, 'an instance type such as S5.MEDIUM4', value);
}

/** An availability zone such as ap-guangzhou-3; the region is the part before the last hyphen. */
export function validateAvailabilityZone(prop: string, value: string): void {
  if (!/^[a-z]+(?:-[a-z]+)+-\d+$/.test(value)) throw mustBe(prop, 'an availability zone such as ap-guangzhou-3', value);
}

export function regionOfZone(zone: string): string {
  return zone.replace(/-\d+$/, '');
}

/** `image_id`: img- and 8 letters or digits. */
export function validateImageId(prop: string, value: string): void {
  if (!/^img-[a-z0-9]{8}$/.test(value)) throw mustBe(prop, 'an image id such as img-9id7emv7', value);
}

/** SSM's rule for secret names: 1 to 128 letters, digits, _ and -, starting with a letter or digit. */
export function validateSecretName(prop: string, value: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/.test(value)) {
    throw mustBe(prop, 'an SSM secret name of 1 to 128 letters, digits, _ and -, starting with a letter or digit', value);
  }
}

/** The version id rule that both the SSM API and the provider accept. */
export function validateSecretVersionId(prop: string, value: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(value)) {
    throw mustBe(prop, 'a version id of 1 to 64 letters, digits, _ and -, starting with a letter or digit', value);
  }
}

/** Tencent Cloud tags: keys 1 to 127 characters, values up to 255, no reserved prefixes. */
export function validateTags(prop: string, tags: Record<string, string>): void {
  for (const [key, value] of Object.entries(tags)) {
    if (key.length < 1 || key.length > 127 || /^(qcs:|project_|项目)/i.test(key)) {
      throw mustBe(`${prop}[${JSON.stringify(key)}]`, 'a tag key of 1 to 127 characters not starting with qcs:, project_ or 项目', key);
    }
    if (value.length > 255) throw mustBe(`${prop}[${JSON.stringify(key)}]`, 'a tag value of at most 255 characters', value);
  }
}

/** PowerShell source text: no NUL or other control characters besides tab, line feed and carriage return. */
export function validateScriptText(prop: string, value: string): void {
  const bad = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(value);
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw mustBe(prop, `PowerShell text without control characters other than tab and newline (found U+${code})`, value);
  }
}
