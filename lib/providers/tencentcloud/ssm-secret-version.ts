// https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/ssm_secret_version
// Narrow, hand-maintained binding for the tencentcloud_ssm_secret_version resource, in the shape `cdktf get` generates
// (scaffolded with @cdktf/provider-generator 0.21.0, so a prebuilt package can replace it).
// Schema contract: __tests__/fixtures/tencentcloud-provider-schema.json, taken from
// tencentcloudstack/terraform-provider-tencentcloud@f6970a9 (v1.83.25). Only the arguments this
// project uses are bound; __tests__/providers/tencentcloud/schema-conformance.test.ts checks every one.

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SsmSecretVersionConfig extends cdktf.TerraformMetaArguments {
  /**
   * Specifies the name of the credential to which the new version is to be added.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/ssm_secret_version#secret_name SsmSecretVersion#secret_name}
   */
  readonly secretName: string;
  /**
   * Specifies the version ID for the newly added version. It can be up to 64 bytes in length and must consist of a combination of letters, numbers, and the characters `-`, `_`, or `.`, starting with a letter or a number.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/ssm_secret_version#version_id SsmSecretVersion#version_id}
   */
  readonly versionId: string;
  /**
   * Binary credential information, encoded using Base64. You must set exactly one of SecretBinary or SecretString. Treat as sensitive: the provider does NOT mark this argument sensitive (schema at v1.83.25), so Terraform prints it in plan output and stores it in state in plaintext; cdktf bindings carry no per-attribute sensitivity, so never pass a literal and keep state encrypted.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/ssm_secret_version#secret_binary SsmSecretVersion#secret_binary}
   */
  readonly secretBinary?: string;
  /**
   * Text-based credential information in plaintext (Base64 encoding is not required). You must set exactly one of SecretBinary or SecretString. Treat as sensitive: the provider does NOT mark this argument sensitive (schema at v1.83.25), so Terraform prints it in plan output and stores it in state in plaintext; cdktf bindings carry no per-attribute sensitivity, so never pass a literal and keep state encrypted.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/ssm_secret_version#secret_string SsmSecretVersion#secret_string}
   */
  readonly secretString?: string;
}

/**
 * Represents a {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/ssm_secret_version tencentcloud_ssm_secret_version}
 */
export class SsmSecretVersion extends cdktf.TerraformResource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = 'tencentcloud_ssm_secret_version';

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTF code for importing a SsmSecretVersion resource upon running "cdktf plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the SsmSecretVersion to import
   * @param importFromId The id of the existing SsmSecretVersion that should be imported. Refer to the {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/ssm_secret_version#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the SsmSecretVersion to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktf.TerraformProvider,
  ) {
    return new cdktf.ImportableResource(scope, importToId, {
      terraformResourceType: 'tencentcloud_ssm_secret_version',
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/ssm_secret_version tencentcloud_ssm_secret_version} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options SsmSecretVersionConfig
   */
  public constructor(scope: Construct, id: string, config: SsmSecretVersionConfig) {
    super(scope, id, {
      terraformResourceType: 'tencentcloud_ssm_secret_version',
      terraformGeneratorMetadata: { providerName: 'tencentcloud' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this._secretName = config.secretName;
    this._versionId = config.versionId;
    this._secretBinary = config.secretBinary;
    this._secretString = config.secretString;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // secret_name - computed: false, optional: false, required: true
  private _secretName?: string;
  public get secretName() {
    return this.getStringAttribute('secret_name');
  }
  public set secretName(value: string) {
    this._secretName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get secretNameInput() {
    return this._secretName;
  }

  // version_id - computed: false, optional: false, required: true
  private _versionId?: string;
  public get versionId() {
    return this.getStringAttribute('version_id');
  }
  public set versionId(value: string) {
    this._versionId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get versionIdInput() {
    return this._versionId;
  }

  // secret_binary - computed: false, optional: true, required: false
  private _secretBinary?: string;
  /** Sensitive, although the provider does not flag it: Terraform shows it in plan output and stores it in state in plaintext. Never log this value. */
  public get secretBinary() {
    return this.getStringAttribute('secret_binary');
  }
  public set secretBinary(value: string) {
    this._secretBinary = value;
  }
  public resetSecretBinary() {
    this._secretBinary = undefined;
  }
  // Temporarily expose input value. Use with caution.
  /** Raw input value. Sensitive, although the provider does not flag it: Terraform shows it in plan output and stores it in state in plaintext. Never log this value. */
  public get secretBinaryInput() {
    return this._secretBinary;
  }

  // secret_string - computed: false, optional: true, required: false
  private _secretString?: string;
  /** Sensitive, although the provider does not flag it: Terraform shows it in plan output and stores it in state in plaintext. Never log this value. */
  public get secretString() {
    return this.getStringAttribute('secret_string');
  }
  public set secretString(value: string) {
    this._secretString = value;
  }
  public resetSecretString() {
    this._secretString = undefined;
  }
  // Temporarily expose input value. Use with caution.
  /** Raw input value. Sensitive, although the provider does not flag it: Terraform shows it in plan output and stores it in state in plaintext. Never log this value. */
  public get secretStringInput() {
    return this._secretString;
  }

  // id - computed: true, optional: false, required: false
  /**
   * ID of the resource.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/ssm_secret_version#id SsmSecretVersion#id}
   */
  public get id() {
    return this.getStringAttribute('id');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      secret_name: cdktf.stringToTerraform(this._secretName),
      version_id: cdktf.stringToTerraform(this._versionId),
      secret_binary: cdktf.stringToTerraform(this._secretBinary),
      secret_string: cdktf.stringToTerraform(this._secretString),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      secret_name: {
        value: cdktf.stringToHclTerraform(this._secretName),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      version_id: {
        value: cdktf.stringToHclTerraform(this._versionId),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      secret_binary: {
        value: cdktf.stringToHclTerraform(this._secretBinary),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      secret_string: {
        value: cdktf.stringToHclTerraform(this._secretString),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
    };

    // remove undefined attributes
    return Object.fromEntries(
      Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined),
    );
  }
}
