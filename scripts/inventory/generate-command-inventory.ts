/**
 * Regenerates lib/policy/compatibility/inventory/windows-powershell-commands.json: every command documented
 * for Windows PowerShell 4.0 and 5.1, with its parameter names and aliases, read from Microsoft's own reference
 * pages in git checkouts (or bare clones) of MicrosoftDocs/PowerShell-Docs and MicrosoftDocs/windows-powershell-docs.
 *
 *   npx tsx scripts/inventory/generate-command-inventory.ts <PowerShell-Docs repo> <windows-powershell-docs repo>
 *
 * Both docsets for 4.0 (PowerShell-Docs reference/4.0, windows-powershell-docs docset/winserver2012r2-ps) were
 * removed from the repositories' current trees, so they are read at the parent of the commit that removed them.
 * Every page is read from git objects (`git cat-file`), never from a work tree, so a bare clone works.
 */
import { spawnSync } from 'child_process';
import { writeFileSync } from 'fs';
import { join } from 'path';

const OUTPUT = join(
  __dirname,
  '..',
  '..',
  'lib',
  'policy',
  'compatibility',
  'inventory',
  'windows-powershell-commands.json',
);

/** PowerShell-Docs folders that are not modules a script calls: the ISE host, and PSReadLine (an interactive console). */
const SKIPPED_POWERSHELL_DOCS_MODULES = new Set(['ISE', 'PSReadLine']);

/**
 * Windows modules that a Server install has without adding a role or feature, and that first-boot scripts use:
 * scheduled tasks, firewall, TCP/IP and adapters, DNS client, SMB shares, disks, BITS, regional settings,
 * certificates, DISM, TLS cipher suites, and Defender (2016 on; no 2012 R2 page, so it counts as absent on 4.0).
 * Compared case-insensitively: the 2012 R2 docset spells its folders in lower case.
 */
const WINDOWS_MODULES = [
  'ScheduledTasks',
  'NetSecurity',
  'NetTCPIP',
  'NetAdapter',
  'NetConnection',
  'DnsClient',
  'SmbShare',
  'Storage',
  'BitsTransfer',
  'International',
  'PKI',
  'DISM',
  'TLS',
  'Defender',
];

/**
 * Programs in %SystemRoot%\System32 on Windows Server 2012 R2 and later that scripts call: not cmdlets, so they
 * take any arguments. Each is documented in Microsoft's "Windows commands" reference
 * (https://learn.microsoft.com/windows-server/administration/windows-commands/<name>). curl.exe and tar.exe are
 * left out on purpose: Windows ships them only from Windows 10 1803 / Server 2019.
 */
const EXTERNALS = [
  'auditpol',
  'bcdedit',
  'certutil',
  'cmd',
  'cmdkey',
  'dism',
  'diskpart',
  'fsutil',
  'gpupdate',
  'hostname',
  'icacls',
  'ipconfig',
  'msiexec',
  'net',
  'netsh',
  'netstat',
  'nslookup',
  'ping',
  'powershell',
  'reg',
  'robocopy',
  'route',
  'sc',
  'schtasks',
  'secedit',
  'setx',
  'shutdown',
  'takeown',
  'tzutil',
  'w32tm',
  'wevtutil',
  'whoami',
  'winrm',
  'wmic',
  'xcopy',
];

interface Docset {
  readonly version: '4.0' | '5.1';
  readonly repository: string;
  readonly commit: string;
  readonly path: string;
}

type ParameterList = string[];

function git(repo: string, args: string[], input?: string): string {
  const result = spawnSync('git', ['-C', repo, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** The parent of the commit that deleted `path`: the last tree that has it. */
function lastCommitWith(repo: string, path: string): string {
  const deleting = git(repo, ['log', '--diff-filter=D', '--format=%H', '-1', '--', path]).trim();
  return deleting ? git(repo, ['rev-parse', `${deleting}^`]).trim() : git(repo, ['rev-parse', 'HEAD']).trim();
}

/** The text of every blob under `path` at `commit` whose name ends in .md, keyed by path. */
function markdownFiles(repo: string, commit: string, path: string): Map<string, string> {
  const listing = git(repo, ['ls-tree', '-r', commit, '--', path])
    .split('\n')
    .filter((line) => line.endsWith('.md'))
    .map((line) => {
      const [meta, file] = line.split('\t');
      return { sha: meta.split(' ')[2], file };
    });
  const batch = spawnSync('git', ['-C', repo, 'cat-file', '--batch'], {
    input: listing.map((f) => f.sha).join('\n') + '\n',
    maxBuffer: 1 << 30,
  });
  const out = batch.stdout;
  const files = new Map<string, string>();
  let offset = 0;
  for (const { file } of listing) {
    const headerEnd = out.indexOf(10, offset);
    const size = Number(out.subarray(offset, headerEnd).toString('utf8').split(' ')[2]);
    files.set(file, out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
    offset = headerEnd + 1 + size + 1;
  }
  return files;
}

/** A cmdlet reference page: its parameters (with aliases, "Name|alias"), or undefined for other pages. */
function readCmdletPage(text: string): { parameters: ParameterList; common: boolean } | undefined {
  const lines = text.replace(/\r/g, '').split('\n');
  const parametersAt = lines.findIndex((l) => /^## parameters\s*$/i.test(l));
  if (parametersAt < 0 || !lines.some((l) => /^## syntax\s*$/i.test(l))) return undefined;
  const parameters: ParameterList = [];
  let common = false;
  let current: { name: string; aliases: string[] } | undefined;
  const flush = () => {
    if (current && !parameters.some((p) => p.split('|')[0].toLowerCase() === current!.name.toLowerCase())) {
      parameters.push([current.name, ...current.aliases].join('|'));
    }
  };
  for (let i = parametersAt + 1; i < lines.length; i++) {
    const line = lines[i];
    if (/^## /.test(line)) break;
    const heading = /^### (.+?)\s*$/.exec(line);
    if (heading) {
      flush();
      current = undefined;
      const name = heading[1].replace(/\\/g, '');
      if (/^commonparameters$/i.test(name)) common = true;
      else if (/^-[A-Za-z][A-Za-z0-9_]*$/.test(name)) current = { name: name.slice(1), aliases: [] };
      continue;
    }
    const aliases = /^Aliases:\s*(.*)$/.exec(line);
    if (current && aliases && current.aliases.length === 0) {
      current.aliases = aliases[1]
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a && a.toLowerCase() !== 'none' && a.toLowerCase() !== current!.name.toLowerCase());
    }
  }
  flush();
  return { parameters, common };
}

/**
 * The common parameters from about_CommonParameters: the list "- `Debug` (`db`)" (5.1) or "- **Debug** (db)" (4.0).
 * A parameter whose section says it was added in PowerShell 6 or 7 is dropped: the 5.1 page also describes
 * ProgressAction, "added in PowerShell 7.4".
 */
function readCommonParameters(text: string): ParameterList {
  const body = text.replace(/\r/g, '');
  const list: ParameterList = [];
  for (const match of body.matchAll(/^- (?:`|\*\*)([A-Za-z]+)(?:`|\*\*) \(`?([a-z]+)`?\)\s*$/gm)) {
    const section = new RegExp(`^#{3,4} -?${match[1]}\\s*$([\\s\\S]*?)(?=^#{2,4} )`, 'm').exec(body)?.[1] ?? '';
    if (/added in PowerShell [67]/i.test(section)) continue;
    // WhatIf and Confirm are on the same page but belong only to cmdlets whose own page lists them.
    if (match[1] === 'WhatIf' || match[1] === 'Confirm') continue;
    list.push(`${match[1]}|${match[2]}`);
  }
  if (list.length < 8) throw new Error('about_CommonParameters: the list of common parameters was not found');
  return list;
}

/** "Windows PowerShell includes the following aliases for `ForEach-Object`:" and the list after it (5.1 pages). */
function readCommandAliases(text: string, command: string): string[] {
  const body = text.replace(/\r/g, '');
  const head = /includes the following aliases for `([^`]+)`:\s*\n/.exec(body);
  if (!head || head[1].toLowerCase() !== command.toLowerCase()) return [];
  const aliases: string[] = [];
  for (const line of body.slice(head.index + head[0].length).split('\n')) {
    const item = /^\s*- `([^`]+)`\s*$/.exec(line);
    if (item) aliases.push(item[1]);
    else if (line.trim() !== '' || aliases.length > 0) break;
  }
  return aliases;
}

function main(): void {
  const [powershellDocs, windowsDocs] = process.argv.slice(2);
  if (!powershellDocs || !windowsDocs) {
    console.error('usage: generate-command-inventory.ts <PowerShell-Docs repo> <windows-powershell-docs repo>');
    process.exit(2);
  }
  const psDocs = (version: '4.0' | '5.1'): Docset => ({
    version,
    repository: 'MicrosoftDocs/PowerShell-Docs',
    commit: lastCommitWith(powershellDocs, `reference/${version}`),
    path: `reference/${version}`,
  });
  const winDocs = (version: '4.0' | '5.1', docset: string): Docset => ({
    version,
    repository: 'MicrosoftDocs/windows-powershell-docs',
    commit: lastCommitWith(windowsDocs, `docset/${docset}`),
    path: `docset/${docset}`,
  });
  const docsets = [
    psDocs('4.0'),
    psDocs('5.1'),
    winDocs('4.0', 'winserver2012r2-ps'),
    winDocs('5.1', 'winserver2016-ps'),
  ];

  const commands = new Map<string, { module: string; versions: Record<string, ParameterList> }>();
  const withoutCommon: Record<string, string[]> = { '4.0': [], '5.1': [] };
  const commonParameters: Record<string, ParameterList> = {};
  const commandAliases = new Map<string, string>();
  const wantedWindowsModules = new Set(WINDOWS_MODULES.map((m) => m.toLowerCase()));

  for (const docset of docsets) {
    const repo = docset.repository.endsWith('PowerShell-Docs') ? powershellDocs : windowsDocs;
    const files = markdownFiles(repo, docset.commit, docset.path);
    for (const [file, text] of files) {
      const relative = file.slice(docset.path.length + 1).split('/');
      const folder = relative[0];
      const name = relative[relative.length - 1].replace(/\.md$/, '');
      if (/^about_CommonParameters$/i.test(name) && docset.repository.endsWith('PowerShell-Docs')) {
        commonParameters[docset.version] = readCommonParameters(text);
        continue;
      }
      if (relative.length !== 2 || /^about_/i.test(name)) continue;
      if (docset.repository.endsWith('PowerShell-Docs') && SKIPPED_POWERSHELL_DOCS_MODULES.has(folder)) continue;
      if (docset.repository.endsWith('windows-powershell-docs') && !wantedWindowsModules.has(folder.toLowerCase()))
        continue;
      const page = readCmdletPage(text);
      if (!page) continue;
      // The folder is the module (front matter is not always a name: one page says "System.Object[]").
      const module = WINDOWS_MODULES.find((m) => m.toLowerCase() === folder.toLowerCase()) ?? folder;
      const entry = commands.get(name) ?? { module, versions: {} };
      entry.versions[docset.version] = page.parameters;
      commands.set(name, entry);
      if (!page.common) withoutCommon[docset.version].push(name);
      if (docset.version === '5.1') for (const alias of readCommandAliases(text, name)) commandAliases.set(alias, name);
    }
  }
  for (const version of ['4.0', '5.1']) {
    if (!commonParameters[version]) throw new Error(`no about_CommonParameters for ${version}`);
  }

  const sorted = [...commands.entries()].sort(([a], [b]) => a.localeCompare(b, 'en'));
  const inventory = {
    description:
      'Windows PowerShell commands and their parameters ("Name|alias|alias") per version, read from Microsoft\'s ' +
      'reference pages. A command without a version key is not documented for that version. Regenerate with ' +
      'scripts/inventory/generate-command-inventory.ts; see docs/compatibility.md.',
    sources: docsets.map((d) => ({
      version: d.version,
      repository: d.repository,
      commit: d.commit,
      path: d.path,
    })),
    versions: ['4.0', '5.1'],
    commonParameters,
    commandsWithoutCommonParameters: {
      '4.0': withoutCommon['4.0'].sort(),
      '5.1': withoutCommon['5.1'].sort(),
    },
    windowsModules: WINDOWS_MODULES,
    externals: {
      source: 'https://learn.microsoft.com/windows-server/administration/windows-commands/windows-commands',
      names: EXTERNALS,
    },
    commandAliases: Object.fromEntries([...commandAliases.entries()].sort(([a], [b]) => a.localeCompare(b, 'en'))),
    commands: Object.fromEntries(sorted.map(([name, entry]) => [name, { module: entry.module, ...entry.versions }])),
  };
  const json = JSON.stringify(inventory, null, 0).replace(/,"(?=[A-Z][A-Za-z-]+":\{"module")/g, ',\n"') + '\n';
  writeFileSync(OUTPUT, json);
  console.log(`${OUTPUT}: ${commands.size} commands, ${Buffer.byteLength(json)} bytes`);
}

main();
