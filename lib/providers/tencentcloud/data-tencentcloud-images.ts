// https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images
// Narrow, hand-maintained binding for the tencentcloud_images data source, in the shape `cdktf get` generates
// (scaffolded with @cdktf/provider-generator 0.21.0, so a prebuilt package can replace it).
// Schema contract: __tests__/fixtures/tencentcloud-provider-schema.json, taken from
// tencentcloudstack/terraform-provider-tencentcloud@f6970a9 (v1.83.25). Only the arguments this
// project uses are bound; __tests__/providers/tencentcloud/schema-conformance.test.ts checks every one.

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataTencentcloudImagesConfig extends cdktf.TerraformMetaArguments {
  /**
   * ID of the image to be queried.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#image_id DataTencentcloudImages#image_id}
   */
  readonly imageId?: string;
  /**
   * A list of the image type to be queried. Valid values: 'PUBLIC_IMAGE', 'PRIVATE_IMAGE', 'SHARED_IMAGE', 'MARKET_IMAGE'.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#image_type DataTencentcloudImages#image_type}
   */
  readonly imageType?: string[];
  /**
   * A regex string to apply to the image list returned by TencentCloud, conflict with 'os_name'. **NOTE**: it is not wildcard, should look like `image_name_regex = "^CentOS\s+6\.8\s+64\w*"`.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#image_name_regex DataTencentcloudImages#image_name_regex}
   */
  readonly imageNameRegex?: string;
  /**
   * A string to apply with fuzzy match to the os_name attribute on the image list returned by TencentCloud, conflict with 'image_name_regex'.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#os_name DataTencentcloudImages#os_name}
   */
  readonly osName?: string;
  /**
   * Instance type, such as `S1.SMALL1`.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#instance_type DataTencentcloudImages#instance_type}
   */
  readonly instanceType?: string;
  /**
   * Used to save results.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#result_output_file DataTencentcloudImages#result_output_file}
   */
  readonly resultOutputFile?: string;
}
export interface DataTencentcloudImagesImagesSnapshots {}

export function dataTencentcloudImagesImagesSnapshotsToTerraform(struct?: DataTencentcloudImagesImagesSnapshots): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error(
      'A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration',
    );
  }
  return {};
}

export function dataTencentcloudImagesImagesSnapshotsToHclTerraform(
  struct?: DataTencentcloudImagesImagesSnapshots,
): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error(
      'A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration',
    );
  }
  const attrs = {};
  return attrs;
}

export class DataTencentcloudImagesImagesSnapshotsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   * @param complexObjectIndex the index of this item in the list
   * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
   */
  public constructor(
    terraformResource: cdktf.IInterpolatingParent,
    terraformAttribute: string,
    complexObjectIndex: number,
    complexObjectIsFromSet: boolean,
  ) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataTencentcloudImagesImagesSnapshots | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataTencentcloudImagesImagesSnapshots | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // snapshot_id - computed: true, optional: false, required: false
  /**
   * Snapshot ID.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#snapshot_id DataTencentcloudImages#snapshot_id}
   */
  public get snapshotId() {
    return this.getStringAttribute('snapshot_id');
  }

  // snapshot_name - computed: true, optional: false, required: false
  /**
   * Snapshot name, the user-defined snapshot alias.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#snapshot_name DataTencentcloudImages#snapshot_name}
   */
  public get snapshotName() {
    return this.getStringAttribute('snapshot_name');
  }

  // disk_usage - computed: true, optional: false, required: false
  /**
   * Type of the cloud disk used to create the snapshot.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#disk_usage DataTencentcloudImages#disk_usage}
   */
  public get diskUsage() {
    return this.getStringAttribute('disk_usage');
  }

  // disk_size - computed: true, optional: false, required: false
  /**
   * Size of the cloud disk used to create the snapshot; unit: GB.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#disk_size DataTencentcloudImages#disk_size}
   */
  public get diskSize() {
    return this.getNumberAttribute('disk_size');
  }
}

export class DataTencentcloudImagesImagesSnapshotsList extends cdktf.ComplexList {
  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
   */
  constructor(
    protected terraformResource: cdktf.IInterpolatingParent,
    protected terraformAttribute: string,
    protected wrapsSet: boolean,
  ) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
   * @param index the index of the item to return
   */
  public get(index: number): DataTencentcloudImagesImagesSnapshotsOutputReference {
    return new DataTencentcloudImagesImagesSnapshotsOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}
export interface DataTencentcloudImagesImages {}

export function dataTencentcloudImagesImagesToTerraform(struct?: DataTencentcloudImagesImages): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error(
      'A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration',
    );
  }
  return {};
}

export function dataTencentcloudImagesImagesToHclTerraform(struct?: DataTencentcloudImagesImages): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
    return struct;
  }
  if (cdktf.isComplexElement(struct)) {
    throw new Error(
      'A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration',
    );
  }
  const attrs = {};
  return attrs;
}

export class DataTencentcloudImagesImagesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   * @param complexObjectIndex the index of this item in the list
   * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
   */
  public constructor(
    terraformResource: cdktf.IInterpolatingParent,
    terraformAttribute: string,
    complexObjectIndex: number,
    complexObjectIsFromSet: boolean,
  ) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataTencentcloudImagesImages | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataTencentcloudImagesImages | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    } else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // image_id - computed: true, optional: false, required: false
  /**
   * ID of the image.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#image_id DataTencentcloudImages#image_id}
   */
  public get imageId() {
    return this.getStringAttribute('image_id');
  }

  // os_name - computed: true, optional: false, required: false
  /**
   * OS name of the image.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#os_name DataTencentcloudImages#os_name}
   */
  public get osName() {
    return this.getStringAttribute('os_name');
  }

  // image_type - computed: true, optional: false, required: false
  /**
   * Type of the image.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#image_type DataTencentcloudImages#image_type}
   */
  public get imageType() {
    return this.getStringAttribute('image_type');
  }

  // created_time - computed: true, optional: false, required: false
  /**
   * Created time of the image.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#created_time DataTencentcloudImages#created_time}
   */
  public get createdTime() {
    return this.getStringAttribute('created_time');
  }

  // image_name - computed: true, optional: false, required: false
  /**
   * Name of the image.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#image_name DataTencentcloudImages#image_name}
   */
  public get imageName() {
    return this.getStringAttribute('image_name');
  }

  // image_description - computed: true, optional: false, required: false
  /**
   * Description of the image.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#image_description DataTencentcloudImages#image_description}
   */
  public get imageDescription() {
    return this.getStringAttribute('image_description');
  }

  // image_size - computed: true, optional: false, required: false
  /**
   * Size of the image.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#image_size DataTencentcloudImages#image_size}
   */
  public get imageSize() {
    return this.getNumberAttribute('image_size');
  }

  // architecture - computed: true, optional: false, required: false
  /**
   * Architecture of the image.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#architecture DataTencentcloudImages#architecture}
   */
  public get architecture() {
    return this.getStringAttribute('architecture');
  }

  // image_state - computed: true, optional: false, required: false
  /**
   * State of the image.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#image_state DataTencentcloudImages#image_state}
   */
  public get imageState() {
    return this.getStringAttribute('image_state');
  }

  // platform - computed: true, optional: false, required: false
  /**
   * Platform of the image.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#platform DataTencentcloudImages#platform}
   */
  public get platform() {
    return this.getStringAttribute('platform');
  }

  // image_creator - computed: true, optional: false, required: false
  /**
   * Image creator of the image.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#image_creator DataTencentcloudImages#image_creator}
   */
  public get imageCreator() {
    return this.getStringAttribute('image_creator');
  }

  // image_source - computed: true, optional: false, required: false
  /**
   * Image source of the image.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#image_source DataTencentcloudImages#image_source}
   */
  public get imageSource() {
    return this.getStringAttribute('image_source');
  }

  // sync_percent - computed: true, optional: false, required: false
  /**
   * Sync percent of the image.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#sync_percent DataTencentcloudImages#sync_percent}
   */
  public get syncPercent() {
    return this.getNumberAttribute('sync_percent');
  }

  // support_cloud_init - computed: true, optional: false, required: false
  /**
   * Whether support cloud-init.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#support_cloud_init DataTencentcloudImages#support_cloud_init}
   */
  public get supportCloudInit() {
    return this.getBooleanAttribute('support_cloud_init');
  }

  // snapshots - computed: true, optional: false, required: false
  /**
   * List of snapshot details.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#snapshots DataTencentcloudImages#snapshots}
   */
  private _snapshots = new DataTencentcloudImagesImagesSnapshotsList(this, 'snapshots', false);
  public get snapshots() {
    return this._snapshots;
  }
}

export class DataTencentcloudImagesImagesList extends cdktf.ComplexList {
  /**
   * @param terraformResource The parent resource
   * @param terraformAttribute The attribute on the parent resource this class is referencing
   * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
   */
  constructor(
    protected terraformResource: cdktf.IInterpolatingParent,
    protected terraformAttribute: string,
    protected wrapsSet: boolean,
  ) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
   * @param index the index of the item to return
   */
  public get(index: number): DataTencentcloudImagesImagesOutputReference {
    return new DataTencentcloudImagesImagesOutputReference(
      this.terraformResource,
      this.terraformAttribute,
      index,
      this.wrapsSet,
    );
  }
}

/**
 * Represents a {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images tencentcloud_images}
 */
export class DataTencentcloudImages extends cdktf.TerraformDataSource {
  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = 'tencentcloud_images';

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTF code for importing a DataTencentcloudImages resource upon running "cdktf plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the DataTencentcloudImages to import
   * @param importFromId The id of the existing DataTencentcloudImages that should be imported. Refer to the {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the DataTencentcloudImages to import is found
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktf.TerraformProvider,
  ) {
    return new cdktf.ImportableResource(scope, importToId, {
      terraformResourceType: 'tencentcloud_images',
      importId: importFromId,
      provider,
    });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images tencentcloud_images} Data Source
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options DataTencentcloudImagesConfig = {}
   */
  public constructor(scope: Construct, id: string, config: DataTencentcloudImagesConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'tencentcloud_images',
      terraformGeneratorMetadata: { providerName: 'tencentcloud' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this._imageId = config.imageId;
    this._imageType = config.imageType;
    this._imageNameRegex = config.imageNameRegex;
    this._osName = config.osName;
    this._instanceType = config.instanceType;
    this._resultOutputFile = config.resultOutputFile;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // image_id - computed: false, optional: true, required: false
  private _imageId?: string;
  public get imageId() {
    return this.getStringAttribute('image_id');
  }
  public set imageId(value: string) {
    this._imageId = value;
  }
  public resetImageId() {
    this._imageId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageIdInput() {
    return this._imageId;
  }

  // image_type - computed: false, optional: true, required: false
  private _imageType?: string[];
  public get imageType() {
    return this.getListAttribute('image_type');
  }
  public set imageType(value: string[]) {
    this._imageType = value;
  }
  public resetImageType() {
    this._imageType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageTypeInput() {
    return this._imageType;
  }

  // image_name_regex - computed: false, optional: true, required: false
  private _imageNameRegex?: string;
  public get imageNameRegex() {
    return this.getStringAttribute('image_name_regex');
  }
  public set imageNameRegex(value: string) {
    this._imageNameRegex = value;
  }
  public resetImageNameRegex() {
    this._imageNameRegex = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageNameRegexInput() {
    return this._imageNameRegex;
  }

  // os_name - computed: false, optional: true, required: false
  private _osName?: string;
  public get osName() {
    return this.getStringAttribute('os_name');
  }
  public set osName(value: string) {
    this._osName = value;
  }
  public resetOsName() {
    this._osName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get osNameInput() {
    return this._osName;
  }

  // instance_type - computed: false, optional: true, required: false
  private _instanceType?: string;
  public get instanceType() {
    return this.getStringAttribute('instance_type');
  }
  public set instanceType(value: string) {
    this._instanceType = value;
  }
  public resetInstanceType() {
    this._instanceType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get instanceTypeInput() {
    return this._instanceType;
  }

  // result_output_file - computed: false, optional: true, required: false
  private _resultOutputFile?: string;
  public get resultOutputFile() {
    return this.getStringAttribute('result_output_file');
  }
  public set resultOutputFile(value: string) {
    this._resultOutputFile = value;
  }
  public resetResultOutputFile() {
    this._resultOutputFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resultOutputFileInput() {
    return this._resultOutputFile;
  }

  // id - computed: true, optional: false, required: false
  /**
   * ID of the data source.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#id DataTencentcloudImages#id}
   */
  public get id() {
    return this.getStringAttribute('id');
  }

  // images - computed: true, optional: false, required: false
  /**
   * An information list of image. Each element contains the following attributes:
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/data-sources/images#images DataTencentcloudImages#images}
   */
  private _images = new DataTencentcloudImagesImagesList(this, 'images', false);
  public get images() {
    return this._images;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      image_id: cdktf.stringToTerraform(this._imageId),
      image_type: cdktf.listMapper(cdktf.stringToTerraform, false)(this._imageType),
      image_name_regex: cdktf.stringToTerraform(this._imageNameRegex),
      os_name: cdktf.stringToTerraform(this._osName),
      instance_type: cdktf.stringToTerraform(this._instanceType),
      result_output_file: cdktf.stringToTerraform(this._resultOutputFile),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      image_id: {
        value: cdktf.stringToHclTerraform(this._imageId),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      image_type: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._imageType),
        isBlock: false,
        type: 'list',
        storageClassType: 'stringList',
      },
      image_name_regex: {
        value: cdktf.stringToHclTerraform(this._imageNameRegex),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      os_name: {
        value: cdktf.stringToHclTerraform(this._osName),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      instance_type: {
        value: cdktf.stringToHclTerraform(this._instanceType),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      result_output_file: {
        value: cdktf.stringToHclTerraform(this._resultOutputFile),
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
