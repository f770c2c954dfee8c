import {
  BootstrapScript,
  expandHardeningScript,
  extractPowerShellBlock,
  renderBootstrapScript,
  renderClientScript,
  renderTatHardeningScript,
  renderTatReassertionScript,
  renderUserData,
  renderVerificationScript,
  UserDataFormat,
  userDataText,
} from '../../powershell';
import { credentialTaskScript } from '../../powershell/fragments/credential-task';
import { HardeningPolicy, HardeningPolicyOptions } from '../../settings';

/** One text a generated script can have, with the options that produced it. */
export interface GeneratedScriptVariant {
  readonly label: string;
  readonly text: string;
}

/** A script this library generates, with every variant of its text that the options can produce. */
export interface GeneratedScript {
  readonly name: string;
  readonly variants: () => GeneratedScriptVariant[];
}

const SSM = { kind: 'ssm-secret', secretName: 'rdp-password', secretVersionId: 'v1', camRoleName: 'rdp-role' } as const;
const PLAINTEXT = { kind: 'user-data-plaintext' } as const;
const EXTRA_COMMANDS = ['Write-Output "the author\'s line"'];

/** Every combination of the options that changes the bootstrap's text. */
function bootstrapCombinations(): { label: string; options: HardeningPolicyOptions; extra: boolean }[] {
  const combinations: { label: string; options: HardeningPolicyOptions; extra: boolean }[] = [];
  for (let mask = 0; mask < 16; mask++) {
    const on = [0, 1, 2, 3].map((bit) => (mask & (1 << bit)) !== 0);
    for (const source of on[2] ? [SSM, PLAINTEXT] : [undefined]) {
      for (const guest of on[3] ? [false, true] : [false]) {
        // The author's block is the same whatever the settings: with it everywhere, and once without it below.
        for (const extra of mask === 15 && source === SSM && guest ? [false, true] : [true]) {
          combinations.push({
            label: `settings ${on.map((b) => (b ? '1' : '0')).join('')}${source ? ` ${source.kind}` : ''}${guest ? ' guest' : ''}${extra ? ' extra' : ''}`,
            options: {
              classicSharingModel: on[0],
              savedCredentialDelegation: on[1],
              storedRdpCredential: on[2],
              passwordProtectedSharingOff: on[3],
              enableGuestAccount: guest,
              credentialPasswordSource: source,
            },
            extra,
          });
        }
      }
    }
  }
  return combinations;
}

function bootstrapFor(options: HardeningPolicyOptions, extra: boolean) {
  return renderBootstrapScript(HardeningPolicy.fromOptions(options).settings, {
    extraCommands: extra ? EXTRA_COMMANDS : undefined,
  });
}

/** The user data as Cloudbase-Init runs it: the `<powershell>` block, and the script it expands when compressed. */
function userDataVariants(format: UserDataFormat): GeneratedScriptVariant[] {
  return bootstrapCombinations().flatMap(({ label, options, extra }) => {
    const passwordSlot = options.credentialPasswordSource?.kind === 'user-data-plaintext';
    // The gzip form cannot carry the plaintext password (the construct refuses the pair).
    if (format === 'gzip' && passwordSlot) return [];
    const block = extractPowerShellBlock(
      userDataText(renderUserData(bootstrapFor(options, extra), { format, passwordSlot }), 'UGFzc3dvcmQx'),
    );
    const variants = [{ label: `${format} user data, ${label}`, text: block }];
    if (format === 'compressed') {
      variants.push({ label: `expanded payload, ${label}`, text: expandHardeningScript(block).script });
    }
    return variants;
  });
}

/**
 * Every script this library generates, in one list (the bootstrap script's text is the plain user data's block,
 * and its comment-free form the compressed user data's payload): the compatibility test checks each variant of each, so a new
 * script (a TAT command, say) is held to the same inventories by adding one entry here.
 */
export const GENERATED_SCRIPTS: readonly GeneratedScript[] = [
  { name: 'plain user data', variants: () => userDataVariants('plain') },
  { name: 'compressed user data', variants: () => userDataVariants('compressed') },
  // As Cloudbase-Init reads it once expanded: the plain form, with the compact script.
  { name: 'gzip user data', variants: () => userDataVariants('gzip') },
  {
    name: 'logon task script (setting 3)',
    variants: () =>
      (['ssm-secret', 'user-data-plaintext'] as const).map((kind) => ({
        label: kind,
        text: credentialTaskScript(kind),
      })),
  },
  {
    name: 'client script',
    variants: () =>
      [
        { host: '203.0.113.10' },
        { host: 'rdp.example.com', userName: 'operator' },
        // A name outside ASCII travels as base64 decoded at run time: a different line of the script.
        { host: '203.0.113.10', userName: '\u8fd0\u7ef4' },
      ].map((options) => ({ label: JSON.stringify(options), text: renderClientScript(options) })),
  },
  {
    // Only the enabled settings and the wait change the text; each setting on and off covers both branches.
    name: 'deploy verification (TAT command)',
    variants: () =>
      [15, 0b1011, 0b0100].map((mask) => {
        const on = [0, 1, 2, 3].map((bit) => (mask & (1 << bit)) !== 0);
        const bootstrap = bootstrapFor(
          {
            classicSharingModel: on[0],
            savedCredentialDelegation: on[1],
            storedRdpCredential: on[2],
            passwordProtectedSharingOff: on[3],
            credentialPasswordSource: on[2] ? SSM : undefined,
          },
          false,
        );
        return {
          label: `settings ${on.map((b) => (b ? '1' : '0')).join('')}`,
          text: renderVerificationScript({ bootstrap, waitSeconds: 600 }).text,
        };
      }),
  },
  {
    // HardenedExistingInstances and `render-user-data --format tat`: setting 3 reads SSM or is off, no author's commands.
    name: 'hardening for existing instances (TAT command)',
    variants: () => tatVariants((bootstrap) => renderTatHardeningScript(bootstrap).text),
  },
  {
    // HardenedWindowsInstance and HardenedExistingInstances with reassertSchedule: the wrapper around the TAT form.
    name: 're-assertion on a schedule (TAT command)',
    variants: () => tatVariants((bootstrap) => renderTatReassertionScript(bootstrap).text),
  },
];

/** A TAT command's forms: setting 3 reads SSM or is off, and there are no author's commands. */
function tatVariants(render: (bootstrap: BootstrapScript) => string): Array<{ label: string; text: string }> {
  return bootstrapCombinations()
    .filter(({ options, extra }) => options.credentialPasswordSource?.kind !== 'user-data-plaintext' && extra)
    .map(({ label, options }) => ({ label: label.replace(/ extra$/, ''), text: render(bootstrapFor(options, false)) }));
}
