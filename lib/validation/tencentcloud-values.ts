import { mustBe } from './input-error';
import { characters, validateIntegerInRange, validateLength, validateNoControlCharacters } from './primitives';

/*
 * Tencent Cloud's rules for the values the construct passes to the provider. Sources, in
 * tencentcloudstack/terraform-provider-tencentcloud (website/docs/r/*.html.markdown and the provider
 * schema), TencentCloud/tencentcloud-sdk-go(-intl-en) (cvm/v20170312 and cbs/v20170312 models.go) and
 * tencentyun/intlcloud-documents, as cited at each rule. Where a limit depends on the zone or the
 * instance type (disk sizes, bandwidth), the rule is the documented envelope; the API has the last word.
 */

/** `system_disk_type` values the provider documents (website/docs/r/instance.html.markdown). */
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

/** `data_disks.data_disk_type` values the provider documents (same page). */
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

/**
 * System disk size in GB. The provider does not check it (schema: integer, default 50). Tencent's
 * CVM FAQ (intlcloud-documents yehe_doc/计算和容器/云服务器/常见问题/存储相关/系统盘使用问题_intl_zh.md)
 * says a system disk is 50 GB at least ("最低均为50GB"), and the disk-expansion FAQ (扩容和缩容云硬盘问题,
 * _intl_en/_ko/_id) that its capacity is "less than or equal to 500 GB". The live limit for a zone and
 * disk type is CBS DescribeDiskConfigQuota's MinDiskSize/MaxDiskSize, which synth cannot ask.
 */
export const SYSTEM_DISK_SIZE_GB = { min: 50, max: 500 } as const;

/**
 * Data disk size in GB: steps of 10 (RunInstances `DataDisk.DiskSize`: "the minimum adjustment step
 * size is 10 GiB", tencentcloud-sdk-go-intl-en cvm/v20170312 models.go), at most 32,000 (every cloud
 * disk type's "Maximum size (GB)", intlcloud-documents yehe_doc/存储/云硬盘/产品简介/云硬盘实例/
 * 云硬盘类型_intl_en.md), at least 10, the smallest any type accepts (some types need more).
 */
export const DATA_DISK_SIZE_GB = { min: 10, max: 32000, step: 10 } as const;

/**
 * How many data disks one RunInstances call takes: "21 data disks at the time of purchase, among which
 * a maximum of 1 LOCAL_BASIC data disk or LOCAL_SSD data disk ... and a maximum of 20" cloud disks
 * (RunInstances `DataDisks`, tencentcloud-sdk-go-intl-en cvm/v20170312 models.go).
 */
export function validateDataDiskCount(prop: string, types: readonly string[]): void {
  const local = types.filter((t) => t.startsWith('LOCAL_')).length;
  const accepted = 'a list of at most 21 data disks: at most 1 local disk and at most 20 cloud disks';
  if (local > 1) throw mustBe(prop, accepted, types, `${local} local disks`);
  if (types.length - local > 20) throw mustBe(prop, accepted, types, `${types.length - local} cloud disks`);
}

export function validateSystemDiskSize(prop: string, value: unknown): void {
  validateIntegerInRange(prop, value, SYSTEM_DISK_SIZE_GB.min, SYSTEM_DISK_SIZE_GB.max);
}

export function validateDataDiskSize(prop: string, value: unknown): void {
  validateIntegerInRange(prop, value, DATA_DISK_SIZE_GB.min, DATA_DISK_SIZE_GB.max, DATA_DISK_SIZE_GB.step);
}

/**
 * Public outbound bandwidth in Mbps for pay-by-traffic instances (the construct's charge type):
 * "The bandwidth cap for pay-as-you-go instances using the bill-by-traffic billing mode is
 * 200 Mbit/s" (intlcloud-documents 常见问题/网络相关/公网带宽问题_intl_en.md). At least 1: with 0 the
 * instance gets no public IP, and RDP from outside the VPC needs one.
 */
export function validateInternetMaxBandwidthOut(prop: string, value: unknown): void {
  validateIntegerInRange(prop, value, 1, 200);
}

/** A project id: 0 (the default project) or the id of one of the account's projects. */
export function validateProjectId(prop: string, value: unknown): void {
  validateIntegerInRange(prop, value, 0, Number.MAX_SAFE_INTEGER);
}

/** `instance_name`: the provider checks 2 to 128 characters (schema: str_len 2..128). */
export function validateInstanceName(prop: string, value: string): void {
  validateLength(prop, value, 2, 128, 'an instance name');
  validateNoControlCharacters(prop, value, 'an instance name');
}

/** Names of VPCs, subnets and security groups: 1 to 60 characters (provider docs for each resource). */
export const NETWORK_NAME_MAX = 60;

export function validateNetworkName(prop: string, value: string): void {
  validateLength(prop, value, 1, NETWORK_NAME_MAX, 'a name');
  validateNoControlCharacters(prop, value, 'a name');
}

/** `instance_type`: family and size, such as S5.MEDIUM4 or S5se.LARGE8; the provider requires the dot. */
export function validateInstanceType(prop: string, value: string): void {
  if (!/^[A-Z][A-Z0-9]*[a-z0-9]*\.[A-Z0-9]+$/.test(value))
    throw mustBe(prop, 'an instance type such as S5.MEDIUM4', value);
}

const REGION = '[a-z]+(?:-[a-z]+)+';

/** An availability zone such as ap-guangzhou-3 or ap-shanghai-fsi-1; the region is the part before the last hyphen. */
export function validateAvailabilityZone(prop: string, value: string): void {
  if (!new RegExp(`^${REGION}-\\d+$`).test(value))
    throw mustBe(prop, 'an availability zone such as ap-guangzhou-3', value);
}

export function regionOfZone(zone: string): string {
  return zone.replace(/-\d+$/, '');
}

/** A region such as ap-guangzhou. */
export function validateRegion(prop: string, value: string): void {
  if (!new RegExp(`^${REGION}$`).test(value)) throw mustBe(prop, 'a region such as ap-guangzhou', value);
}

/** `image_id`: img- and 8 lower-case letters or digits. */
export function validateImageId(prop: string, value: string): void {
  if (!/^img-[a-z0-9]{8}$/.test(value)) throw mustBe(prop, 'an image id such as img-9id7emv7', value);
}

/** An existing VPC's id. */
export function validateVpcId(prop: string, value: string): void {
  if (!/^vpc-[a-z0-9]{8}$/.test(value)) throw mustBe(prop, 'a VPC id such as vpc-abcd1234', value);
}

/** An existing subnet's id. */
export function validateSubnetId(prop: string, value: string): void {
  if (!/^subnet-[a-z0-9]{8}$/.test(value)) throw mustBe(prop, 'a subnet id such as subnet-abcd1234', value);
}

/** A Tencent Cloud account id (UIN): digits. */
export function validateUin(prop: string, value: string): void {
  if (!/^[1-9]\d{4,19}$/.test(value)) throw mustBe(prop, 'an account id (UIN) of digits, such as 100012345678', value);
}

/**
 * A prefix for names that must be unique in an account (CAM) or region (SSM): letters, digits and
 * hyphens, which both services accept, starting with a letter.
 */
export function validateNamePrefix(prop: string, value: string): void {
  if (!/^[A-Za-z][A-Za-z0-9-]{0,31}$/.test(value)) {
    throw mustBe(prop, '1 to 32 letters, digits and hyphens, starting with a letter, such as staging', value);
  }
}

/**
 * SSM secret names: at most 128 bytes of letters, digits, _ and -, starting with a letter or digit
 * (provider website/docs/r/ssm_secret.html.markdown; SSM CreateSecret).
 */
export function validateSecretName(prop: string, value: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/.test(value)) {
    const accepted =
      'an SSM secret name of 1 to 128 letters, digits, _ and -, starting with a letter or digit, such as rdp-password';
    throw mustBe(prop, accepted, value);
  }
}

/**
 * SSM version ids: at most 64 bytes of letters, digits, -, _ and ., starting with a letter or digit
 * (provider website/docs/r/ssm_secret_version.html.markdown).
 */
export function validateSecretVersionId(prop: string, value: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(value)) {
    throw mustBe(
      prop,
      'a version id of 1 to 64 letters, digits, _, - and ., starting with a letter or digit, such as v1',
      value,
    );
  }
}

/**
 * Tags: keys of 1 to 127 characters that do not start with the prefixes Tencent Cloud reserves
 * (`qcs:`, `project_`, `项目`: provider website/docs/index.html.markdown), values of up to 255
 * characters (Tencent Cloud's tag limits), neither with control characters.
 */
export function validateTag(prop: string, key: string, value: unknown): void {
  const keyProp = `${prop}[${JSON.stringify(key)}]`;
  const keyForm = 'a tag key of 1 to 127 characters, not starting with qcs:, project_ or 项目, such as team';
  if (key.length < 1 || key.length > 127) throw mustBe(keyProp, keyForm, key, `the key has ${characters(key.length)}`);
  if (/^(qcs:|project_|项目)/i.test(key)) throw mustBe(keyProp, keyForm, key, 'the key starts with a reserved prefix');
  validateNoControlCharacters(keyProp, key, 'a tag key');
  if (typeof value !== 'string') throw mustBe(keyProp, 'a tag value: text of up to 255 characters', value);
  if (value.length > 255)
    throw mustBe(keyProp, 'a tag value of at most 255 characters', value, characters(value.length));
  validateNoControlCharacters(keyProp, value, 'a tag value');
}

/** A CVM instance's id, as the console and DescribeInstances show it: `ins-` and 8 lowercase letters and digits. */
export function validateInstanceId(prop: string, value: string): void {
  if (!/^ins-[a-z0-9]{8}$/.test(value)) throw mustBe(prop, 'a CVM instance id such as ins-1a2b3c4d', value);
}
