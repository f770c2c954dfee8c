import { resolveBoolean, resolveValue } from '../engine/expressions';
import { compliant, nonCompliant, notApplicable, RuleContext, RuleOutcome, unknown } from '../engine/rule';
import { ResourceBlock, TerraformConfiguration } from '../engine/terraform-configuration';

type Disk = Readonly<Record<string, unknown>>;

/**
 * TcWin-DSK1 (CKV_TC_1 for CBS): data disks are encrypted. A disk made from a snapshot without
 * `encrypt` takes the snapshot's encryption, which the configuration does not show. An Auto Scaling launch
 * configuration's `data_disk` has no `encrypt` argument (the provider's schema): its disks are encrypted only when
 * made from an encrypted snapshot.
 */
export function checkUnencryptedDataDisk(
  resource: ResourceBlock,
  { config }: RuleContext,
): RuleOutcome | RuleOutcome[] {
  if (resource.type === 'tencentcloud_as_scaling_config') return checkLaunchConfigurationDisks(resource, config);
  const disks: Array<{ disk: Disk; label: string; path: (string | number)[]; snapshot: string }> =
    resource.type === 'tencentcloud_cbs_storage'
      ? [{ disk: resource.attributes, label: 'the disk', path: [], snapshot: 'snapshot_id' }]
      : blocks(resource.attributes.data_disks).map((disk, i) => ({
          disk,
          label: `data_disks[${i}]`,
          path: ['data_disks', i],
          snapshot: 'data_disk_snapshot_id',
        }));
  if (disks.length === 0) return notApplicable('it has no data disk');
  const outcomes: RuleOutcome[] = [];
  for (const { disk, label, path, snapshot } of disks) {
    const where = { findingId: label === 'the disk' ? undefined : label, path };
    const encrypt = resolveBoolean(disk.encrypt, config);
    if (!encrypt.known)
      outcomes.push(unknown(`${label}: encrypt is ${encrypt.expression}, known only at deploy time`, where));
    else if (encrypt.value === true) continue;
    else if (disk[snapshot] !== undefined && encrypt.value === undefined) {
      outcomes.push(
        unknown(
          `${label} is made from a snapshot and does not set encrypt; it is encrypted only if the snapshot is`,
          where,
        ),
      );
    } else
      outcomes.push(
        nonCompliant(
          `${label} is not encrypted (encrypt is ${encrypt.value === undefined ? 'unset' : 'false'})`,
          where,
        ),
      );
  }
  return outcomes.length ? outcomes : compliant('every data disk is encrypted');
}

/**
 * A launch configuration's data disks. A block without a snapshot and of size 0 (the provider sends `disk_size` as
 * given, 0 when unset) buys no disk: Auto Scaling's DataDisk.DiskSize, "默认值为0，表示不购买数据盘" (tencentcloud-sdk-go
 * as/v20180419 models.go, as the provider vendors it at f6970a9). The API has DataDisk.Encrypt; the provider's
 * `data_disk` has no argument for it at f6970a9.
 */
function checkLaunchConfigurationDisks(
  resource: ResourceBlock,
  config: TerraformConfiguration,
): RuleOutcome | RuleOutcome[] {
  const outcomes: RuleOutcome[] = [];
  blocks(resource.attributes.data_disk).forEach((disk, i) => {
    const where = { findingId: `data_disk[${i}]`, path: ['data_disk', i] };
    const fromSnapshot = disk.snapshot_id !== undefined && disk.snapshot_id !== null && disk.snapshot_id !== '';
    const size = resolveValue(disk.disk_size, config);
    if (!fromSnapshot && size.known && (size.value === undefined || size.value === null || Number(size.value) === 0))
      return;
    outcomes.push(
      fromSnapshot
        ? unknown(`data_disk[${i}] is made from a snapshot: it is encrypted only if the snapshot is`, where)
        : !size.known
          ? unknown(
              `data_disk[${i}]: disk_size is ${size.expression}, known only at deploy time (0 buys no disk); a disk it ` +
                'buys is not encrypted',
              where,
            )
          : nonCompliant(
              `data_disk[${i}] is not encrypted: a launch configuration's data_disk has no encrypt argument, so only a ` +
                'disk made from an encrypted snapshot (snapshot_id) is',
              where,
            ),
    );
  });
  return outcomes.length ? outcomes : notApplicable('it launches instances without a data disk');
}

function blocks(value: unknown): Disk[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items.filter((d): d is Disk => typeof d === 'object' && d !== null && !Array.isArray(d));
}
