import { pureReference } from '../../engine/expressions';
import { TerraformConfiguration, ResourceBlock } from '../../engine/terraform-configuration';
import { InstanceUserData } from './user-data';

const WINDOWS_WORD = /(^|[^a-z0-9])win(dows)?([^a-z]|$)/i;
const OS_TAG_KEYS = new Set(['os', 'os_type', 'ostype', 'os-type', 'os_name', 'osname', 'platform']);

/**
 * Why an instance that `HardenedWindowsInstance` did not make is taken for Windows, or undefined. In order:
 * 1. `image_id` comes from a `tencentcloud_images` data source whose `os_name` or `image_name_regex` says Windows;
 * 2. its user data is a PowerShell script (`<powershell>` or a `#ps1` first line);
 * 3. `instance_name` or `hostname` has the word win or windows (`web-win-01`, `windows_rdp`);
 * 4. a tag says so: a key or value starting with "windows", or an os/platform tag whose value has "win".
 */
export function windowsEvidence(
  resource: ResourceBlock,
  config: TerraformConfiguration,
  userData: InstanceUserData,
): string | undefined {
  const {
    image_id: imageId,
    instance_name: instanceName,
    hostname,
    configuration_name: configurationName,
  } = resource.attributes;
  // A launch configuration tags its instances through instance_tags.
  const tags = resource.attributes.tags ?? resource.attributes.instance_tags;
  const image = typeof imageId === 'string' ? pureReference(imageId) : undefined;
  if (image?.kind === 'data' && image.type === 'tencentcloud_images') {
    const lookup = config.dataSource(image.type, image.name);
    for (const argument of ['os_name', 'image_name_regex']) {
      const value = lookup?.[argument];
      if (typeof value === 'string' && /windows/i.test(value)) {
        return `its image comes from data.${image.type}.${image.name}, whose ${argument} is ${JSON.stringify(value)}`;
      }
    }
  }
  if (userData.kind === 'text' && (/<powershell>/i.test(userData.text) || /^#ps1/i.test(userData.text))) {
    return `its ${userData.attribute} is a PowerShell script`;
  }
  for (const [argument, value] of [
    ['instance_name', instanceName],
    ['hostname', hostname],
    ['configuration_name', configurationName],
  ] as const) {
    if (typeof value === 'string' && WINDOWS_WORD.test(value))
      return `its ${argument} ${JSON.stringify(value)} names Windows`;
  }
  if (typeof tags === 'object' && tags !== null) {
    for (const [key, value] of Object.entries(tags)) {
      const text = typeof value === 'string' ? value : '';
      if (
        /^windows/i.test(key) ||
        /^windows/i.test(text) ||
        (OS_TAG_KEYS.has(key.toLowerCase()) && /win/i.test(text))
      ) {
        return `its tag ${key} = ${JSON.stringify(text)} names Windows`;
      }
    }
  }
  return undefined;
}
