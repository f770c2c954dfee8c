import { resolveBoolean } from '../engine/expressions';
import { compliant, nonCompliant, RuleContext, RuleOutcome, unknown } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';

/** TcWin-CVM2 (CKV_TC_3): the Cloud Monitor agent stays on. */
export function checkMonitorService(resource: ResourceBlock, { config }: RuleContext): RuleOutcome {
  const disabled = resolveBoolean(resource.attributes.disable_monitor_service, config);
  const where = { path: ['disable_monitor_service'] };
  if (!disabled.known)
    return unknown(`disable_monitor_service is ${disabled.expression}, known only at deploy time`, where);
  if (disabled.value === true)
    return nonCompliant(
      'disable_monitor_service is true: the instance reports no metrics or events to Cloud Monitor',
      where,
    );
  return compliant('the monitor service is on');
}
