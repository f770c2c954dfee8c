import { gzipSync } from 'zlib';
import {
  expandHardeningScript,
  extractPowerShellBlock,
  libraryPayloadScript,
  renderBootstrapScript,
  renderUserData,
  scriptAsRun,
  base64Length,
  GZIP_MARK,
  userDataBase64Length,
  userDataText,
} from '../../lib/powershell';
import { HardeningPolicy } from '../../lib/settings';

const names = (suffix: string) =>
  ({
    kind: 'ssm-secret',
    secretName: `rdp-password-${suffix}`,
    secretVersionId: 'v1',
    camRoleName: `rdp-credential-${suffix}`,
  }) as const;

function renderFor(suffix: string, extraCommands?: string[]) {
  const policy = HardeningPolicy.fromOptions({ credentialPasswordSource: names(suffix) });
  const script = renderBootstrapScript(policy.settings, { extraCommands });
  return { script, userData: userDataText(renderUserData(script, { format: 'compressed' }), '') };
}

const payloadOf = (userData: string) => /^\$HardeningScriptGzipBase64 = '([^']*)'$/m.exec(userData)![1];

describe('one payload per configuration', () => {
  test('instances that differ only in their names share the script, its payload and its fingerprint', () => {
    const a = renderFor('aaaa1111');
    const b = renderFor('bbbb2222');
    expect(b.script.text).toBe(a.script.text);
    expect(b.script.fingerprint).toBe(a.script.fingerprint);
    expect(payloadOf(b.userData)).toBe(payloadOf(a.userData));
    // The names are in the plain lines only, and come back as the literals the script runs with.
    expect(a.script.text).not.toContain('aaaa1111');
    expect(a.userData).toContain("$InstanceSecretName = 'rdp-password-aaaa1111'\n");
    expect(b.userData).toContain("$InstanceCamRoleName = 'rdp-credential-bbbb2222'\n");
    const expanded = expandHardeningScript(extractPowerShellBlock(b.userData)).script;
    expect(expanded).toContain(
      "-SecretName 'rdp-password-bbbb2222' -SecretVersionId 'v1' -CamRoleName 'rdp-credential-bbbb2222'",
    );
    expect(expanded).toBe(scriptAsRun(b.script, 'compactText'));
  });

  test('another configuration (other commands) has its own payload and fingerprint', () => {
    const a = renderFor('aaaa1111');
    const c = renderFor('aaaa1111', ["Write-Output 'hello'"]);
    expect(payloadOf(c.userData)).not.toBe(payloadOf(a.userData));
    expect(c.script.fingerprint).not.toBe(a.script.fingerprint);
  });
});

describe('libraryPayloadScript: a render of this library, recognised by its exact payload', () => {
  test("a payload the renderer wrote gives back its script; an edited script's payload does not", () => {
    const { script, userData } = renderFor('cccc3333');
    const payload = payloadOf(userData);
    expect(libraryPayloadScript(payload)).toBe(script.compactText);

    const edited = script.compactText.replace('Sync-LocalGroupPolicy\n', '');
    expect(edited).not.toBe(script.compactText);
    const forged = gzipSync(Buffer.from(edited, 'utf8'), { level: 9 }).toString('base64');
    expect(libraryPayloadScript(forged)).toBeUndefined();
    // The same script compressed another way is not the render either.
    const otherLevel = gzipSync(Buffer.from(script.compactText, 'utf8'), { level: 1 }).toString('base64');
    expect(otherLevel).not.toBe(payload);
    expect(libraryPayloadScript(otherLevel)).toBeUndefined();
  });

  test('the expanded script of an edited payload is what the edit says, not the render', () => {
    const { script, userData } = renderFor('dddd4444');
    const edited = script.compactText.replace('Sync-LocalGroupPolicy\n', '');
    const forged = gzipSync(Buffer.from(edited, 'utf8'), { level: 9 }).toString('base64');
    const block = extractPowerShellBlock(userData.replace(payloadOf(userData), forged));
    expect(expandHardeningScript(block).script).not.toContain('  Sync-LocalGroupPolicy\n');
  });
});

// The size is counted segment by segment, without joining the user data again: it must be the joined text's.
test('userDataBase64Length is the base64 length of the text, the password slot at its longest (120 characters)', () => {
  const slot = { slot: 'password-base64' } as const;
  const longest = 'A'.repeat(120);
  for (const segments of [
    ['<powershell>\n', '$x = "é"\n', '</powershell>'],
    ['<powershell>\n', slot, '\n</powershell>'],
    ['<powershell>\n', GZIP_MARK, slot, '</powershell>'],
  ]) {
    expect(userDataBase64Length(segments)).toBe(
      base64Length(Buffer.byteLength(userDataText(segments, longest), 'utf8')),
    );
  }
});
