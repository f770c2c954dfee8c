import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import type { HardenedWindowsInstanceProps } from '../hardened-windows-instance';
import { RdpCredentialSecret } from '../rdp-credential-secret';
import { CREDENTIAL_SECRET_ID } from './hardening-user-data';

/**
 * Setting 3's secret and role under `owner`, at the path the user data's names were derived from
 * (prepareHardeningUserData), holding the credential user's password.
 */
export function addCredentialSecret(
  owner: Construct,
  props: Pick<
    HardenedWindowsInstanceProps,
    'credentialPassword' | 'administratorPassword' | 'existingPasswordSecret' | 'namePrefix'
  >,
  context: { readonly region: string; readonly tags: { [key: string]: string }; readonly provider?: TerraformProvider },
): RdpCredentialSecret {
  return new RdpCredentialSecret(owner, CREDENTIAL_SECRET_ID, {
    provider: context.provider,
    region: context.region,
    password: props.credentialPassword ?? props.administratorPassword,
    existingSecret: props.existingPasswordSecret,
    namePrefix: props.namePrefix,
    tags: context.tags,
  });
}

/** What a CVM or launch configuration with the secret's role waits for: the role's policy and the secret's value. */
export function credentialSecretDependencies(
  secret: RdpCredentialSecret | undefined,
): ITerraformDependable[] | undefined {
  if (!secret) return undefined;
  return [secret.attachment, ...(secret.secretVersion ? [secret.secretVersion] : [])];
}
