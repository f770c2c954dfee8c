import { renderBootstrapScript, renderClientScriptTemplate, renderVerificationScript } from '../../lib/powershell';
import { RenderCache } from '../../lib/powershell/render-cache';
import { HardeningPolicy } from '../../lib/settings';

describe('RenderCache', () => {
  test('makes a value once per key and returns the same value after', () => {
    const cache = new RenderCache<string, { n: number }>();
    let made = 0;
    const first = cache.getOrMake('a', () => ({ n: ++made }));
    expect(cache.getOrMake('a', () => ({ n: ++made }))).toBe(first);
    expect(cache.getOrMake('b', () => ({ n: ++made })).n).toBe(2);
    expect(made).toBe(2);
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

  test('the verification script, by fingerprints, settings, wait and poll', () => {
    const once = renderVerificationScript({ bootstrap, waitSeconds: 1200 });
    expect(renderVerificationScript({ bootstrap: { ...bootstrap }, waitSeconds: 1200 })).toBe(once);
    const otherWait = renderVerificationScript({ bootstrap, waitSeconds: 600 });
    expect(otherWait).not.toBe(once);
    expect(otherWait.text).toContain('$WaitSeconds = 600\n');
    const otherSettings = renderBootstrapScript(
      HardeningPolicy.fromOptions({ storedRdpCredential: false, classicSharingModel: false }).settings,
    );
    expect(renderVerificationScript({ bootstrap: otherSettings, waitSeconds: 1200 }).text).toContain(
      `$ExpectedFingerprint = '${otherSettings.fingerprint}'`,
    );
  });

  test('the verification script still refuses a bad wait after a good one was kept', () => {
    renderVerificationScript({ bootstrap, waitSeconds: 1200 });
    expect(() => renderVerificationScript({ bootstrap, waitSeconds: 1200.5 })).toThrow(/waitSeconds/);
  });

  test('the client-script template, by login user, and frozen so no holder can change it for the others', () => {
    const administrator = renderClientScriptTemplate();
    expect(renderClientScriptTemplate({ userName: 'Administrator' })).toBe(administrator);
    expect(renderClientScriptTemplate({ userName: 'ops' }).parts.join('')).toContain("'ops'");
    expect(Object.isFrozen(administrator) && Object.isFrozen(administrator.parts)).toBe(true);
    expect(() => renderClientScriptTemplate({ userName: 'a/b' })).toThrow(/userName/);
  });
});
