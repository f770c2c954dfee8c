import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { settingUnits } from '../lib/settings/setting-registry';
import { SettingUnit } from '../lib/settings/setting-unit';

const BEGIN = '<!-- settings-table:begin (npm run docs:settings) -->';
const END = '<!-- settings-table:end -->';

/** The settings table, one row per registered setting, from each setting's own module. */
export function settingsTable(units: readonly SettingUnit[]): string {
  const rows = units.map((unit) => {
    const options = unit.options
      .map(
        (o) =>
          `\`${o.prop}\`${o.cliFlag ? ` / \`--${o.cliFlag}\`` : ' (bound by the construct or CLI)'}: ${o.description}`,
      )
      .join('<br>');
    return `| ${unit.step} | \`${unit.id}\` | ${unit.summary} | \`${unit.toggleProp}\` / \`--no-${unit.id}\` | ${options || 'none'} |`;
  });
  return [
    '| Step | Id | What it does | Off: prop / flag | Options: prop / flag |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The page with its table replaced by the one the registry gives. */
export function replaceSettingsTable(page: string, units: readonly SettingUnit[]): string {
  const start = page.indexOf(BEGIN);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the page has no ${BEGIN} ... ${END} markers`);
  return `${page.slice(0, start + BEGIN.length)}\n${settingsTable(units)}\n${page.slice(end)}`;
}

if (require.main === module) {
  const page = join(__dirname, '..', 'docs', 'settings.md');
  const before = readFileSync(page, 'utf8');
  const after = replaceSettingsTable(before, settingUnits());
  writeFileSync(page, after);
  console.log(before === after ? 'docs/settings.md is up to date' : 'docs/settings.md settings table rewritten');
}
