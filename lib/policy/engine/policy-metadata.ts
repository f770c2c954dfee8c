import { POLICY_METADATA_KEY } from '../../settings/policy-metadata';
import { ResourceBlock } from './terraform-configuration';

/**
 * What this library recorded under the resource's `"//"` key, unvalidated: each reader checks the part
 * it uses, since a hand-edited file may hold anything.
 */
export function policyMetadataOf(resource: ResourceBlock): {
  readonly hardening?: unknown;
  readonly suppressions?: unknown;
} {
  const value = resource.comment[POLICY_METADATA_KEY];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
