import { readFileSync } from 'fs';
import { join } from 'path';
import { settingUnits } from '../../lib/settings/setting-registry';
import { replaceSettingsTable } from '../../scripts/generate-settings-table';

test('docs/settings.md carries the settings table generated from the registry (run `npm run docs:settings`)', () => {
  const page = readFileSync(join(__dirname, '..', '..', 'docs', 'settings.md'), 'utf8');
  expect(replaceSettingsTable(page, settingUnits())).toBe(page);
  expect(page).toContain('| 4 | `password-protected-sharing-off` |');
});
