import { resolveBoolean } from '../engine/expressions';
import { compliant, nonCompliant, notApplicable, RuleContext, RuleOutcome, unknown } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';

type Disk = Readonly<Record<string, unknown>>;

/**
 * TcWin-DSK1 (CKV_TC_1 for CBS): data disks are encrypted. A disk made from a snapshot without
 * `encrypt` takes the snapshot's encryption, which the configuration does not show.
 */
export function checkUnencryptedDataDisk(
  resource: ResourceBlock,
  { config }: RuleContext,
): RuleOutcome | RuleOutcome[] {
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

function blocks(value: unknown): Disk[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items.filter((d): d is Disk => typeof d === 'object' && d !== null && !Array.isArray(d));
}
