import { TerraformProvider } from 'cdktf';
import { mustBe, validateTag } from '../../validation';
import { isToken } from './literal';

// Prop rules that read only the value, shared by every construct's prop table.

/** Tencent Cloud tags: each literal key and value held to the tag rules; references pass to Terraform. */
export function checkTags(prop: string, value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || isToken(value)) {
    throw mustBe(prop, 'a map of tag keys to values, such as { team: "ops" }', value);
  }
  for (const [key, tagValue] of Object.entries(value)) {
    if (!isToken(key) && !isToken(tagValue)) validateTag(prop, key, tagValue);
  }
}

export function checkProvider(prop: string, value: unknown): void {
  // A symbol check, not instanceof: it holds across two copies of cdktf in node_modules.
  if (!TerraformProvider.isTerraformProvider(value)) {
    throw mustBe(prop, 'a TerraformProvider such as new TencentcloudProvider(...)', value);
  }
}
