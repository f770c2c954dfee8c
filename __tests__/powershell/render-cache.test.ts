import { renderBootstrapScript, renderClientScriptTemplate, renderVerificationScript } from '../../lib/powershell';
import { RenderCache } from '../../lib/powershell/render-cache';
import { HardeningPolicy } from '../../lib/settings';
import { registeredSettingIds, registerSettingForTesting } from '../../lib/settings/setting-registry';
import { testMarkerUnit } from '../settings/fixtures/test-marker-setting';

describe('RenderCache', () => {
  test('makes a value once per key and returns the same value after', () => {
    const cache = new RenderCache<string, { n: number }>();
    let made = 0;
    const first = cache.getOrMake('a', () => ({ n: ++made }));
    expect(cache.getOrMake('a', () => ({ n: ++made }))).toBe(first);
    expect(cache.getOrMake('b', () => ({ n: ++made })).n).toBe(2);
    expect(made).toBe(2);
  });

  test('refuses a limit that could keep nothing', () => {
    expect(() => new RenderCache(0)).toThrow(/1 or more/);
  });

  test('keeps at most its limit, letting the oldest go first and telling onEvict', () => {
    const evicted: string[] = [];
    const cache = new RenderCache<string, string>(2, (key) => evicted.push(key));
    for (const key of ['a', 'b', 'c']) cache.getOrMake(key, () => key.toUpperCase());
    expect(evicted).toEqual(['a']);
    let remade = false;
    cache.getOrMake('a', () => ((remade = true), 'A'));
    expect(remade).toBe(true);
    expect(evicted).toEqual(['a', 'b']);
  });
});

// Every instance of one configuration shares one render: the same object, not an equal copy.
describe('renders shared per configuration', () => {
  const settings = HardeningPolicy.fromOptions({ storedRdpCredential: false }).settings;
  const bootstrap = renderBootstrapScript(settings);

  test('the verification script, by each of fingerprint, settings-only fingerprint, settings, wait and poll', () => {
    const base = {
      fingerprint: 'aaaaaaaaaaaaaaaa',
      settingsOnlyFingerprint: 'bbbbbbbbbbbbbbbb',
      settingIds: bootstrap.settingIds,
    };
    const once = renderVerificationScript({ bootstrap: base, waitSeconds: 1200 });
    expect(renderVerificationScript({ bootstrap: { ...base }, waitSeconds: 1200, pollSeconds: 10 })).toBe(once);
    // Each differs from the first in one input only, and its text shows that input.
    const variants: Array<[Parameters<typeof renderVerificationScript>[0], string]> = [
      [
        { bootstrap: { ...base, fingerprint: 'cccccccccccccccc' }, waitSeconds: 1200 },
        "$ExpectedFingerprint = 'cccccccccccccccc'",
      ],
      [
        { bootstrap: { ...base, settingsOnlyFingerprint: 'dddddddddddddddd' }, waitSeconds: 1200 },
        "$SettingsOnlyFingerprint = 'dddddddddddddddd'",
      ],
      [
        { bootstrap: { ...base, settingIds: base.settingIds.slice(1) }, waitSeconds: 1200 },
        "@(1, 'classic-sharing-model', $false)",
      ],
      [{ bootstrap: base, waitSeconds: 600 }, '$WaitSeconds = 600\n'],
      [{ bootstrap: base, waitSeconds: 1200, pollSeconds: 5 }, '$PollSeconds = 5\n'],
    ];
    for (const [options, shows] of variants) {
      const script = renderVerificationScript(options);
      expect(script).not.toBe(once);
      expect(script.text).toContain(shows);
      expect(once.text).not.toContain(shows);
    }
    expect(Object.isFrozen(once)).toBe(true);
  });

  test('the verification script checks its options on every call, kept or not', () => {
    renderVerificationScript({ bootstrap, waitSeconds: 1200 });
    expect(() => renderVerificationScript({ bootstrap, waitSeconds: 1200.5 })).toThrow(/waitSeconds/);
    expect(() => renderVerificationScript({ bootstrap, waitSeconds: 1200, pollSeconds: 0 })).toThrow(/pollSeconds/);
  });

  test('the client-script template, by login user, and frozen so no holder can change it for the others', () => {
    const administrator = renderClientScriptTemplate();
    expect(renderClientScriptTemplate({ userName: 'Administrator' })).toBe(administrator);
    expect(renderClientScriptTemplate({ userName: 'ops' }).parts.join('')).toContain("'ops'");
    expect(Object.isFrozen(administrator) && Object.isFrozen(administrator.parts)).toBe(true);
    expect(() => renderClientScriptTemplate({ userName: 'a/b' })).toThrow(/userName/);
  });

  // The registry is fixed in a shipped process; a test that adds a setting must not get a render from before it.
  test('the verification and first-boot scripts, again once a setting is registered', () => {
    const verificationBefore = renderVerificationScript({ bootstrap, waitSeconds: 1200 });
    const unregister = registerSettingForTesting(testMarkerUnit);
    try {
      const step = registeredSettingIds().length;
      const row = `@(${step}, '${testMarkerUnit.id}', $false)`;
      expect(verificationBefore.text).not.toContain(row);
      expect(renderVerificationScript({ bootstrap, waitSeconds: 1200 }).text).toContain(row);
      expect(renderBootstrapScript(settings).text).toContain(`Set-SettingStatus '${testMarkerUnit.id}' 'disabled'`);
    } finally {
      unregister();
    }
  });
});
