import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { DataTencentcloudUserInfo } from '../../providers/tencentcloud';

/** The account's ids, as references to one `tencentcloud_user_info`. */
export interface AccountIds {
  /** The account running Terraform. */
  readonly uin: string;
  /** The root account that owns it, as CAM resource descriptions name it. */
  readonly ownerUin: string;
}

/** The construct id of a stack's shared account data source. */
export const ACCOUNT_DATA_SOURCE_ID = 'tencentcloud-hardened-windows-account';

const ACCOUNTS = new WeakMap<TerraformStack, Map<TerraformProvider | undefined, AccountIds>>();

/**
 * One `tencentcloud_user_info` per stack and provider, shared by every credential secret in the stack. Each
 * secret had its own, so a stack of 1,000 instances read the same account 1,000 times at every plan. Its ids are
 * read once, so every secret shares the same two references.
 */
export function accountIdsFor(scope: Construct, provider: TerraformProvider | undefined): AccountIds {
  const stack = TerraformStack.of(scope);
  let byProvider = ACCOUNTS.get(stack);
  if (!byProvider) ACCOUNTS.set(stack, (byProvider = new Map()));
  let ids = byProvider.get(provider);
  if (!ids) {
    const id = byProvider.size === 0 ? ACCOUNT_DATA_SOURCE_ID : `${ACCOUNT_DATA_SOURCE_ID}-${byProvider.size + 1}`;
    const account = new DataTencentcloudUserInfo(stack, id, { provider });
    ids = { uin: account.uin, ownerUin: account.ownerUin };
    byProvider.set(provider, ids);
  }
  return ids;
}
