import { resolveBoolean } from '../engine/expressions';
import { compliant, nonCompliant, RuleContext, RuleOutcome, unknown } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';

/**
 * TcWin-CVM2 (CKV_TC_3): the Cloud Monitor agent stays on. An instance turns it off with
 * `disable_monitor_service = true`; an Auto Scaling launch configuration with `enhanced_monitor_service = false`
 * (the provider's default is true).
 */
export function checkMonitorService(resource: ResourceBlock, { config }: RuleContext): RuleOutcome {
  const launchConfiguration = resource.type === 'tencentcloud_as_scaling_config';
  const argument = launchConfiguration ? 'enhanced_monitor_service' : 'disable_monitor_service';
  const setting = resolveBoolean(resource.attributes[argument], config);
  const where = { path: [argument] };
  if (!setting.known) return unknown(`${argument} is ${setting.expression}, known only at deploy time`, where);
  if (setting.value === (launchConfiguration ? false : true))
    return nonCompliant(
      `${argument} is ${String(setting.value)}: ${launchConfiguration ? 'the instances report' : 'the instance reports'} ` +
        'no metrics or events to Cloud Monitor',
      where,
    );
  return compliant('the monitor service is on');
}
