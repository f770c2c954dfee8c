import { TerraformProvider } from 'cdktf';
import {
  mustBe,
  validateRegion,
  validateSecretName,
  validateSecretVersionId,
  validateSecretString,
  validateString,
  validateTag,
  validateUin,
  validateWindowsPassword,
  validateNamePrefix,
} from '../validation';
import { Construct } from 'constructs';
import { CamPolicy, CamRole, CamRolePolicyAttachment, SsmSecret, SsmSecretVersion } from '../providers/tencentcloud';
import { accountIdsFor } from './private/account-ids';
import { prepareOrRemove } from './private/errors';
import { sameCoreScope } from './private/same-core';
import { isToken } from './private/literal';
import { uniqueCloudName } from './private/names';

/** An SSM secret the caller already has. */
export interface ExistingPasswordSecret {
  readonly secretName: string;
  /** SSM's GetSecretValue reads one named version. */
  readonly versionId: string;
  /**
   * The account that created the secret, as CAM names it in the secret's resource description.
   * @default - the account running Terraform (`tencentcloud_user_info.uin`)
   */
  readonly creatorUin?: string;
}

export interface RdpCredentialSecretProps {
  /** The region the secret lives in, such as ap-guangzhou. */
  readonly region: string;
  /** The password to store; pass a sensitive value. Ignored when `existingSecret` is given. */
  readonly password?: string;
  /** Read this secret instead of creating one. */
  readonly existingSecret?: ExistingPasswordSecret;
  /**
   * Starts the CAM role, CAM policy and SSM secret names, which must be unique in the account (CAM) or
   * region (SSM): give each deployment of the same stack into one account its own.
   * @default - none: the names come from the construct path alone
   */
  readonly namePrefix?: string;
  readonly tags?: { [key: string]: string };
  readonly provider?: TerraformProvider;
}

/** The trust policy that lets a CVM instance assume a role; arrays throughout, as the provider requires. */
export const CVM_ROLE_TRUST_DOCUMENT = JSON.stringify({
  version: '2.0',
  statement: [{ action: ['name/sts:AssumeRole'], effect: 'allow', principal: { service: ['cvm.qcloud.com'] } }],
});

/** The only action the instance needs: read one version of one secret. */
export const SECRET_READ_ACTION = 'ssm:GetSecretValue';

/** The names the secret construct gives its cloud objects; the user-data script carries them. */
export interface RdpCredentialSecretNames {
  readonly secretName: string;
  readonly secretVersionId: string;
  readonly camRoleName: string;
  readonly camPolicyName: string;
}

/**
 * Where setting 3's password lives: an SSM secret, and a CAM role for the instance whose policy
 * allows reading that one secret and nothing else. The instance's logon task reads the secret with
 * the role's temporary keys, so no password ever enters user data.
 */
export class RdpCredentialSecret extends Construct {
  public readonly secretName: string;
  public readonly secretVersionId: string;
  /** Give this to `tencentcloud_instance.cam_role_name`. */
  public readonly camRoleName: string;
  public readonly role: CamRole;
  public readonly policy: CamPolicy;
  public readonly attachment: CamRolePolicyAttachment;
  /** Present when this construct created the secret. */
  public readonly secret?: SsmSecret;
  public readonly secretVersion?: SsmSecretVersion;

  /**
   * The names a secret construct at `constructPath` will use, known before it is created because the
   * user-data script carries them; labelled with the owning construct's id.
   */
  public static namesFor(
    constructPath: string,
    existingSecret?: ExistingPasswordSecret,
    namePrefix?: string,
  ): RdpCredentialSecretNames {
    const owner = constructPath.split('/').slice(-2, -1)[0] ?? constructPath;
    // The prefix goes into the hash too, so two prefixes cut short to the same text still differ.
    const hashed = namePrefix === undefined ? constructPath : `${namePrefix}\n${constructPath}`;
    const name = (kind: string) => uniqueCloudName(hashed, namePrefix ? `${namePrefix}-${kind}` : kind, owner, 128);
    return {
      secretName: existingSecret?.secretName ?? name('rdp-password'),
      secretVersionId: existingSecret?.versionId ?? 'v1',
      camRoleName: name('rdp-credential'),
      camPolicyName: name('read-rdp-password'),
    };
  }

  constructor(scope: Construct, id: string, props: RdpCredentialSecretProps) {
    super(sameCoreScope(scope, 'RdpCredentialSecret', id), id);
    prepareOrRemove(this, () => validateSecretProps(props));
    const provider = props.provider;
    const names = RdpCredentialSecret.namesFor(this.node.path, props.existingSecret, props.namePrefix);
    this.secretName = names.secretName;
    this.secretVersionId = names.secretVersionId;
    this.camRoleName = names.camRoleName;
    const account = accountIdsFor(this, provider);

    if (!props.existingSecret) {
      this.secret = new SsmSecret(this, 'secret', {
        provider,
        secretName: this.secretName,
        description: `RDP login password, read at logon through the instance role ${this.camRoleName}`,
        isEnabled: true,
        tags: props.tags,
      });
      this.secretVersion = new SsmSecretVersion(this, 'version', {
        provider,
        secretName: this.secret.secretName,
        versionId: this.secretVersionId,
        secretString: props.password!,
      });
    }

    const creatorUin = props.existingSecret?.creatorUin ?? account.uin;
    const secretResource = `qcs::ssm:${props.region}:uin/${account.ownerUin}:secret/creatorUin/${creatorUin}/${this.secretName}`;
    this.role = new CamRole(this, 'role', {
      provider,
      name: this.camRoleName,
      document: CVM_ROLE_TRUST_DOCUMENT,
      description: 'Lets the hardened Windows instance read its RDP password secret, and nothing else',
      consoleLogin: false,
      tags: props.tags,
    });
    this.policy = new CamPolicy(this, 'policy', {
      provider,
      name: names.camPolicyName,
      document: JSON.stringify({
        version: '2.0',
        statement: [{ effect: 'allow', action: [SECRET_READ_ACTION], resource: [secretResource] }],
      }),
      description: `Read the one secret ${this.secretName}`,
    });
    this.attachment = new CamRolePolicyAttachment(this, 'attachment', {
      provider,
      roleId: this.role.id,
      policyId: this.policy.id,
    });
  }
}

/** The props' rules; a reference (token) is left to Terraform except where noted. */
function validateSecretProps(props: RdpCredentialSecretProps): void {
  if (typeof props !== 'object' || props === null)
    throw mustBe('props', 'an object of RdpCredentialSecretProps', props);
  const literal = (prop: string, value: unknown, example: string, validate: (prop: string, value: string) => void) => {
    validateString(prop, value, example);
    if (!isToken(value)) validate(prop, value);
  };
  literal('region', props.region, 'ap-guangzhou', validateRegion);
  if (props.namePrefix !== undefined) {
    validateString('namePrefix', props.namePrefix, 'staging');
    if (isToken(props.namePrefix))
      throw mustBe('namePrefix', 'literal text: the names are in the user-data script', props.namePrefix);
    validateNamePrefix('namePrefix', props.namePrefix);
  }
  if (props.existingSecret !== undefined) {
    const secret = props.existingSecret;
    if (typeof secret !== 'object' || secret === null) {
      throw mustBe(
        'existingSecret',
        'an existing SSM secret such as { secretName: "rdp-password", versionId: "v1" }',
        secret,
      );
    }
    literal('existingSecret.secretName', secret.secretName, 'rdp-password', validateSecretName);
    literal('existingSecret.versionId', secret.versionId, 'v1', validateSecretVersionId);
    if (secret.creatorUin !== undefined)
      literal('existingSecret.creatorUin', secret.creatorUin, '100012345678', validateUin);
  } else if (props.password === undefined) {
    throw mustBe('password', 'given when existingSecret is not (pass a sensitive TerraformVariable)', undefined);
  } else {
    validateSecretString('password', props.password, 'a sensitive TerraformVariable');
    if (!isToken(props.password)) validateWindowsPassword('password', props.password);
  }
  for (const [key, value] of Object.entries(props.tags ?? {})) {
    if (!isToken(key) && !isToken(value)) validateTag('tags', key, value);
  }
}
