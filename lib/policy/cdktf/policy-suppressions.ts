import { TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';
import { POLICY_METADATA_OVERRIDE_PATH } from '../../settings/policy-metadata';
import { suppressionProblem } from '../engine/suppressions';
import { PolicyRule } from '../engine/rule';
import { POLICY_RULES } from '../registry';

/** An accepted exception to one rule, with why it is acceptable. */
export interface PolicySuppression {
  /** A rule id of the pack, such as `TcWin-CVM1`. */
  readonly id: string;
  /** At least 10 characters: who reads cdk.tf.json or the report learns from it why the finding is fine. */
  readonly reason: string;
}

/**
 * Records suppressions in the synthesized JSON (under each resource's `"//"` key), where the Aspect, the
 * CLI and every report read them. The shape follows cdk-nag's NagSuppressions.
 */
export class PolicySuppressions {
  /**
   * Suppresses rules on a resource, or on every Terraform resource under a construct. Throws at once for an
   * unknown rule id, a rule that cannot be suppressed, or a reason under 10 characters, and when no
   * resource is found.
   */
  public static addResourceSuppressions(
    construct: IConstruct,
    suppressions: readonly PolicySuppression[],
    rules: readonly PolicyRule[] = POLICY_RULES,
  ): void {
    for (const { id, reason } of suppressions) {
      const problem = suppressionProblem(id, reason, rules);
      if (problem) throw new Error(`${construct.node.path}: the suppression is refused: ${problem}`);
    }
    const resources = construct.node
      .findAll()
      .filter((c): c is TerraformResource => TerraformResource.isTerraformResource(c));
    if (resources.length === 0)
      throw new Error(`${construct.node.path}: holds no Terraform resource to suppress rules on`);
    for (const resource of resources) {
      for (const { id, reason } of suppressions) {
        // One override per rule id: suppressions added by the construct and by the user live side by side.
        resource.addOverride(`${POLICY_METADATA_OVERRIDE_PATH}.suppressions.${id}`, { reason: reason.trim() });
      }
    }
  }
}
