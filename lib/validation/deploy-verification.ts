import { mustBe } from './input-error';
import { validateIntegerInRange, validateString } from './primitives';

/**
 * verifyTimeout, in minutes: the invoke attachment's create timeout. The command gets 5 minutes less (TAT's
 * `timeout` is 1 to 86400 s: resource_tc_tat_invocation_invoke_attachment.go) and waits for the first boot
 * 10 minutes less, so the report is printed before either runs out.
 */
export const VERIFY_TIMEOUT_MINUTES = { min: 15, max: 1440, default: 30 } as const;

export function validateVerifyTimeout(prop: string, value: unknown): asserts value is number {
  validateIntegerInRange(prop, value, VERIFY_TIMEOUT_MINUTES.min, VERIFY_TIMEOUT_MINUTES.max);
}

/** output_cos_bucket_url: "must start with https, such as https://BucketName-123454321.cos.ap-beijing.myqcloud.com" (provider docs). */
const COS_BUCKET_URL = /^https:\/\/[a-z0-9][a-z0-9-]*-\d+\.cos\.[a-z0-9-]+\.myqcloud\.com\/?$/;

export function validateCosBucketUrl(prop: string, value: unknown): asserts value is string {
  validateString(prop, value, 'https://logs-1250000000.cos.ap-guangzhou.myqcloud.com');
  if (!COS_BUCKET_URL.test(value)) {
    throw mustBe(prop, 'a COS bucket URL such as https://logs-1250000000.cos.ap-guangzhou.myqcloud.com', value);
  }
}

/**
 * output_cos_key_prefix, per the provider's docs: numbers, letters and visible characters, up to 60; a slash
 * makes a subdirectory; it cannot start with a slash or hold two in a row.
 */
export function validateCosKeyPrefix(prop: string, value: unknown): asserts value is string {
  validateString(prop, value, 'tat/verification');
  const accepted = 'a COS key prefix of 1 to 60 visible ASCII characters, not starting with / and without //';
  if (!/^[\x21-\x7e]{1,60}$/.test(value)) throw mustBe(prop, accepted, value);
  if (value.startsWith('/') || value.includes('//')) throw mustBe(prop, accepted, value);
}

/**
 * hardeningTimeout of HardenedExistingInstances, in minutes: the hardening invocation's create timeout. The
 * command gets 5 minutes less; the script's longest step is gpupdate, minutes at most on a live machine.
 */
export const HARDENING_TIMEOUT_MINUTES = { min: 10, max: 1440, default: 20 } as const;

/** hardeningTimeout: whole minutes within HARDENING_TIMEOUT_MINUTES. */
export function validateHardeningTimeout(prop: string, value: unknown): asserts value is number {
  validateIntegerInRange(prop, value, HARDENING_TIMEOUT_MINUTES.min, HARDENING_TIMEOUT_MINUTES.max);
}

/**
 * reassertSchedule: `schedule_settings.recurrence` of a `tencentcloud_tat_invoker`, "the crontab expression ...
 * parsed in UTC+8" (the provider's docs). Five fields, minute hour day month weekday, as Tencent Cloud's
 * scheduled tasks take them; the values themselves are left to the API, which refuses a bad one at apply.
 */
export function validateReassertSchedule(prop: string, value: unknown): asserts value is string {
  validateString(prop, value, "'0 3 * * *'");
  const field = '[0-9A-Za-z*?,/-]+';
  if (!new RegExp(`^${field}( ${field}){4}$`).test(value)) {
    throw mustBe(
      prop,
      "a crontab expression of 5 fields, minute hour day month weekday, read in UTC+8, such as '0 3 * * *'",
      value,
    );
  }
  // A run takes minutes (gpupdate; its command may run 15): at most one an hour, so two never overlap on one file.
  const minute = value.split(' ')[0];
  if (!/^[0-9]{1,2}$/.test(minute) || Number(minute) > 59) {
    throw mustBe(
      prop,
      "a crontab whose minute is one number from 0 to 59 (at most one run an hour), such as '0 3 * * *'",
      value,
      `the minute field is ${minute}`,
    );
  }
}
