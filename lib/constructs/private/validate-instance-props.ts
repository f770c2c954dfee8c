import { Token } from 'cdktf';
import { DEFAULT_CREDENTIAL_USER } from '../../settings';
import {
  DATA_DISK_TYPES,
  InputError,
  mustBe,
  SYSTEM_DISK_TYPES,
  validateAvailabilityZone,
  validateCidr,
  validateImageId,
  validateInstanceName,
  validateInstanceType,
  validateIntegerInRange,
  validateOneOf,
  validateScriptText,
  validateSecretName,
  validateSecretVersionId,
  validateTags,
  validateWindowsHostname,
  validateWindowsPassword,
} from '../../validation';
import type { HardenedWindowsInstanceProps } from '../hardened-windows-instance';

/** Every rule on every prop, in one place, before anything is created. */
export function validateInstanceProps(props: HardenedWindowsInstanceProps): void {
  const literal = (value: string | undefined): value is string => value !== undefined && !Token.isUnresolved(value);

  if (literal(props.availabilityZone)) validateAvailabilityZone('availabilityZone', props.availabilityZone);
  if (literal(props.imageId)) validateImageId('imageId', props.imageId);
  if (literal(props.instanceType)) validateInstanceType('instanceType', props.instanceType);
  if (literal(props.instanceName)) validateInstanceName('instanceName', props.instanceName);
  if (literal(props.hostname)) validateWindowsHostname('hostname', props.hostname);
  if (props.projectId !== undefined && !Token.isUnresolved(props.projectId)) {
    validateIntegerInRange('projectId', props.projectId, 0, Number.MAX_SAFE_INTEGER);
  }
  if (props.systemDiskType !== undefined) validateOneOf('systemDiskType', props.systemDiskType, SYSTEM_DISK_TYPES);
  if (props.systemDiskSize !== undefined) validateIntegerInRange('systemDiskSize', props.systemDiskSize, 50, 1024);
  props.dataDisks?.forEach((disk, i) => {
    validateOneOf(`dataDisks[${i}].type`, disk.type, DATA_DISK_TYPES);
    validateIntegerInRange(`dataDisks[${i}].sizeGb`, disk.sizeGb, 10, 32000, 10);
  });
  if (props.tags) validateTags('tags', props.tags);
  if (props.internetMaxBandwidthOut !== undefined) {
    validateIntegerInRange('internetMaxBandwidthOut', props.internetMaxBandwidthOut, 1, 200);
  }
  if ((props.vpcId === undefined) !== (props.subnetId === undefined)) {
    throw new InputError(props.vpcId ? 'subnetId' : 'vpcId', 'vpcId and subnetId must be given together, or neither');
  }

  if (!Array.isArray(props.rdpAllowedCidrs) || props.rdpAllowedCidrs.length === 0) {
    throw mustBe('rdpAllowedCidrs', 'a non-empty list of CIDRs, such as ["203.0.113.0/24"]', props.rdpAllowedCidrs);
  }
  props.rdpAllowedCidrs.forEach((cidr, i) => {
    if (Token.isUnresolved(cidr)) return;
    const parsed = validateCidr(`rdpAllowedCidrs[${i}]`, cidr);
    if (parsed.isAnywhere && !props.dangerouslyAllowRdpFromAnywhere) {
      throw new InputError(
        `rdpAllowedCidrs[${i}]`,
        `rdpAllowedCidrs[${i}] is ${cidr}, which opens RDP to the whole internet; name the networks that need RDP, ` +
          'or set dangerouslyAllowRdpFromAnywhere: true to accept that risk',
      );
    }
  });

  if (literal(props.administratorPassword)) validateWindowsPassword('administratorPassword', props.administratorPassword);
  if (literal(props.credentialPassword)) validateWindowsPassword('credentialPassword', props.credentialPassword);
  const storedCredential = props.storedRdpCredential ?? true;
  const user = props.credentialUserName ?? DEFAULT_CREDENTIAL_USER;
  if (storedCredential && user.toLowerCase() !== 'administrator' && !props.credentialPassword && !props.existingPasswordSecret) {
    throw new InputError(
      'credentialPassword',
      `credentialPassword or existingPasswordSecret must be given when credentialUserName is ${JSON.stringify(user)}: ` +
        "administratorPassword is Administrator's password, not that user's",
    );
  }
  if (props.existingPasswordSecret) {
    if (props.dangerouslyPutPasswordInUserData) {
      throw new InputError('existingPasswordSecret', 'existingPasswordSecret and dangerouslyPutPasswordInUserData exclude each other');
    }
    validateSecretName('existingPasswordSecret.secretName', props.existingPasswordSecret.secretName);
    validateSecretVersionId('existingPasswordSecret.versionId', props.existingPasswordSecret.versionId);
  }
  if (props.userDataFormat !== undefined) validateOneOf('userDataFormat', props.userDataFormat, ['compressed', 'plain'] as const);

  // These reach the script, which is rendered now: they must be text, not deploy-time references.
  const scriptInputs: Array<[string, readonly string[] | undefined]> = [
    ['delegationServers', props.delegationServers],
    ['extraCredentialTargets', props.extraCredentialTargets],
    ['credentialUserName', props.credentialUserName === undefined ? undefined : [props.credentialUserName]],
    ['userDataCommands', props.userDataCommands],
  ];
  for (const [prop, values] of scriptInputs) {
    values?.forEach((value, i) => {
      const name = prop === 'credentialUserName' ? prop : `${prop}[${i}]`;
      if (Token.isUnresolved(value)) {
        throw new InputError(name, `${name} must be literal text: it is written into the user-data script at synth time`);
      }
    });
  }
  props.userDataCommands?.forEach((command, i) => validateScriptText(`userDataCommands[${i}]`, command));
}
