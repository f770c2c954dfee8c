import { renderBootstrapScript } from '../../lib/powershell';
import { renderVerificationScript } from '../../lib/powershell/verification-script';
import { HardeningPolicy } from '../../lib/settings';

const bootstrap = renderBootstrapScript(
  HardeningPolicy.fromOptions({ storedRdpCredential: false, classicSharingModel: false }).settings,
);

describe('renderVerificationScript', () => {
  const script = renderVerificationScript({ bootstrap, waitSeconds: 1200 });

  test('carries the first-boot fingerprint, the wait and which settings this stack enabled', () => {
    expect(script.text).toContain(`$ExpectedFingerprint = '${bootstrap.fingerprint}'`);
    expect(script.text).toContain('$WaitSeconds = 1200\n$PollSeconds = 10\n');
    expect(script.text).toContain(
      [
        "  @(1, 'classic-sharing-model', $false),",
        "  @(2, 'saved-credential-delegation', $true),",
        "  @(3, 'stored-rdp-credential', $false),",
        "  @(4, 'password-protected-sharing-off', $true)",
      ].join('\n'),
    );
  });

  // The provider base64-encodes `content` itself (resource_tc_tat_command.go: StringToBase64), and the API
  // takes at most 64 KB of base64 (tencentcloud-sdk-go tat/v20201028 models.go, CreateCommandRequest.Content).
  test('is printable ASCII and fits TAT content once base64-encoded', () => {
    expect(script.text).toMatch(/^[\x09\x0a\x20-\x7e]+$/);
    expect(Buffer.from(script.text, 'utf8').toString('base64').length).toBeLessThanOrEqual(64 * 1024);
  });

  test('refuses a wait that is not whole seconds', () => {
    expect(() => renderVerificationScript({ bootstrap, waitSeconds: 1.5 })).toThrow(
      'waitSeconds must be a whole number of seconds, 0 or more; got 1.5',
    );
    expect(() => renderVerificationScript({ bootstrap, waitSeconds: 60, pollSeconds: 0 })).toThrow(
      'pollSeconds must be a whole number 1 or more; got 0',
    );
  });

  test('the same input renders the same script', () => {
    expect(renderVerificationScript({ bootstrap, waitSeconds: 1200 })).toEqual(script);
  });
});
