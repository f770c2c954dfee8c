import { readFileSync } from 'fs';
import { join } from 'path';
import {
  renderRulesTable,
  replaceRulesTable,
  RULES_TABLE_BEGIN,
  RULES_TABLE_END,
} from '../../lib/policy/output/rules-table';
import { POLICY_RULES, RULE_PACK } from '../../lib/policy/registry';

const PAGE = readFileSync(join(__dirname, '..', '..', 'docs', 'policy-checks.md'), 'utf8');

test('docs/policy-checks.md carries the rules table generated from the registry (run `npm run docs:rules`)', () => {
  expect(PAGE).toContain(RULES_TABLE_BEGIN);
  expect(PAGE).toContain(RULES_TABLE_END);
  expect(replaceRulesTable(PAGE, POLICY_RULES)).toBe(PAGE);
});

test('the table has a row per rule, with its id, level and checkov ids', () => {
  const rows = renderRulesTable(POLICY_RULES).split('\n').slice(2);
  expect(rows).toHaveLength(POLICY_RULES.length);
  POLICY_RULES.forEach((rule, i) => {
    expect(rows[i]).toMatch(new RegExp(`^\\| \`${rule.id}\` \\| ${rule.level} \\| \\*\\*`));
    expect(rows[i].endsWith(`| ${rule.checkovIds.join(', ') || '—'} |`)).toBe(true);
  });
});

test('a table edited by hand is detected', () => {
  const edited = PAGE.replace('| `TcWin-SG1` | error |', '| `TcWin-SG1` | warning |');
  expect(edited).not.toBe(PAGE);
  expect(replaceRulesTable(edited, POLICY_RULES)).not.toBe(edited);
});

test('rule ids are unique and `<Pack>-<Suffix>`; every rule has its metadata', () => {
  const ids = POLICY_RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const rule of POLICY_RULES) {
    expect(rule.id).toMatch(new RegExp(`^${RULE_PACK}-[A-Z]+\\d+$`));
    expect(['error', 'warning', 'note']).toContain(rule.level);
    expect(rule.title.length).toBeGreaterThan(10);
    expect(rule.title).not.toMatch(/\.$/);
    expect(rule.explanation).toMatch(/Fix/);
    expect(rule.resourceTypes.length).toBeGreaterThan(0);
    for (const id of rule.checkovIds) expect(id).toMatch(/^CKV_TC_\d+$/);
  }
});

test("the ids are stable: suppressions in users' stacks name them", () => {
  expect(POLICY_RULES.map((r) => r.id)).toEqual([
    'TcWin-RDP1',
    'TcWin-SG1',
    'TcWin-SG2',
    'TcWin-SG3',
    'TcWin-UD1',
    'TcWin-UD2',
    'TcWin-UD3',
    'TcWin-CVM1',
    'TcWin-CVM2',
    'TcWin-CVM3',
    'TcWin-CVM4',
    'TcWin-PW1',
    'TcWin-DSK1',
    'TcWin-TAT1',
    'TcWin-SUP1',
  ]);
});
