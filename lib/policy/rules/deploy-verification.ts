import { pureReference } from '../engine/expressions';
import { policyMetadataOf } from '../engine/policy-metadata';
import { compliant, nonCompliant, notApplicable, RuleContext, RuleOutcome } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';
import { readInstanceUserData } from './private/user-data';
import { windowsEvidence } from './private/windows-detection';

/** The resource that runs a TAT command on one instance at deploy (provider v1.83: waits for SUCCESS). */
export const VERIFICATION_ATTACHMENT_TYPE = 'tencentcloud_tat_invocation_invoke_attachment';

/**
 * TcWin-TAT1 (note): a Windows instance has a TAT invocation attached, so deploy reports whether the first-boot
 * settings took instead of leaving it to the first RDP prompt.
 */
export function checkDeployVerification(resource: ResourceBlock, { config }: RuleContext): RuleOutcome {
  const fromConstruct = policyMetadataOf(resource).hardening !== undefined;
  if (!fromConstruct && !windowsEvidence(resource, config, readInstanceUserData(resource, config)))
    return notApplicable('not made by HardenedWindowsInstance, and nothing marks it as Windows');
  const attached = config.resources.find((r) => {
    if (r.type !== VERIFICATION_ATTACHMENT_TYPE || typeof r.attributes.instance_id !== 'string') return false;
    const ref = pureReference(r.attributes.instance_id);
    return ref?.kind === 'resource' && ref.type === resource.type && ref.name === resource.name && ref.rest === '.id';
  });
  if (attached) return compliant(`${attached.address} runs a command on it at deploy`);
  return nonCompliant(
    'no TAT invocation is attached, so deploy succeeds whether or not the RDP settings took: ' +
      (fromConstruct
        ? 'set verifyOnDeploy: true (the default) on HardenedWindowsInstance'
        : `attach a ${VERIFICATION_ATTACHMENT_TYPE} that runs the verification command`),
  );
}
