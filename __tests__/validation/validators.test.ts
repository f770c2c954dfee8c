import { WINDOWS_BUILT_IN_PRINCIPALS } from '../../lib/validation/data/windows-built-in-principals';
import {
  DATA_DISK_SIZE_GB,
  describeValue,
  findUnknownProps,
  InputError,
  isDnsName,
  mustBe,
  parseIpv6,
  secretMustBe,
  SYSTEM_DISK_SIZE_GB,
  validateAvailabilityZone,
  validateCidr,
  validateCredentialTarget,
  validateDataDiskSize,
  validateDelegationServer,
  validateImageId,
  validateInstanceName,
  validateInstanceType,
  validateInternetMaxBandwidthOut,
  validateRdpSourceCidr,
  validateRegion,
  validateScriptText,
  validateSecretName,
  validateSecretVersionId,
  validateSystemDiskSize,
  validateTag,
  validateUin,
  validateWindowsHostname,
  validateWindowsPassword,
  validateWindowsUserName,
} from '../../lib/validation';

/** Pure rules, without any construct: accepted values at the edges, refused values just past them. */

function refuses(validate: () => void, prop: string): InputError {
  let error: unknown;
  try {
    validate();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).prop).toBe(prop);
  expect((error as InputError).message).toMatch(
    new RegExp(`^${prop.replace(/[[\]"]/g, '\\$&')} must be .+, got .+`, 's'),
  );
  return error as InputError;
}

describe('CIDRs', () => {
  test.each([
    ['203.0.113.0/24', 4, 24],
    ['10.0.0.0/8', 4, 8],
    ['198.51.100.7/32', 4, 32],
    ['0.0.0.0/0', 4, 0],
    ['2001:db8::/32', 6, 32],
    ['2001:DB8:0:0:0:0:0:0/64', 6, 64],
    ['::/0', 6, 0],
    ['::ffff:0.0.0.0/96', 6, 96],
    ['fe80::1/128', 6, 128],
  ])('accepts %s', (cidr, version, prefixLength) => {
    expect(validateCidr('cidr', cidr)).toMatchObject({ version, prefixLength, isAnywhere: prefixLength === 0 });
  });

  test.each([
    '203.0.113.1/24', // host bits
    '203.0.113.0/33',
    '203.0.113.0/-1',
    '203.0.113.0/024',
    '203.0.113.0/ 24',
    ' 203.0.113.0/24',
    '203.0.113.0/24\n',
    '203.0.113/24',
    '203.000.113.0/24', // leading zeros read as octal by some parsers
    '256.0.0.0/8',
    '2001:db8::1/32', // host bits
    '2001:db8:::/48',
    '1::2:3:4:5:6:7:8/128', // :: must stand for at least one group
    '2001:db8::/129',
    'fe80::%eth0/64',
    '',
    '/24',
  ])('refuses %j', (cidr) => {
    refuses(() => validateCidr('cidr', cidr), 'cidr');
  });

  test('a /0 needs the opt-in for RDP, however it is written', () => {
    for (const anywhere of ['0.0.0.0/0', '::/0', '0:0:0:0:0:0:0:0/0', '::0/0']) {
      expect(refuses(() => validateRdpSourceCidr('c', anywhere, false, 'optIn'), 'c').message).toContain(
        'set optIn: true',
      );
      expect(validateRdpSourceCidr('c', anywhere, true, 'optIn').isAnywhere).toBe(true);
    }
  });

  test('IPv6 parsing expands :: and a trailing IPv4 part', () => {
    expect(parseIpv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('::ffff:192.0.2.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201]);
    expect(parseIpv6('1:2:3:4:5:6:7')).toBeUndefined();
  });
});

describe('names', () => {
  test.each(['rdp-jump-01', 'ab', 'A1', 'x'.repeat(15), 'WIN2019'])('accepts the host name %s', (name) => {
    expect(() => validateWindowsHostname('hostname', name)).not.toThrow();
  });
  test.each(['a', 'x'.repeat(16), '123', '-ab', 'ab-', 'a--b', 'a.b', 'a_b', 'ab ', 'ü1'])(
    'refuses the host name %j',
    (name) => {
      refuses(() => validateWindowsHostname('hostname', name), 'hostname');
    },
  );

  test.each([
    'Administrator',
    'rdp-operator',
    'ops.user',
    'Jürgen',
    'John Smith',
    'x$(calc)',
    "o'brien",
    'u'.repeat(20),
  ])('accepts the user name %j (quoting, not the rule, keeps $( ) and quotes harmless)', (name) => {
    expect(() => validateWindowsUserName('user', name)).not.toThrow();
  });
  test.each([
    '',
    'u'.repeat(21),
    '...',
    '  ',
    'a"b',
    'a/b',
    'a\\b',
    'a[b',
    'a]b',
    'a:b',
    'a;b',
    'a|b',
    'a=b',
    'a,b',
    'a+b',
    'a*b',
    'a?b',
    'a<b',
    'a>b',
    'a\tb',
    'a\u0085b',
    'Users',
    'everyone',
    'SYSTEM',
    'Remote Desktop Users',
  ])('refuses the user name %j', (name) => {
    refuses(() => validateWindowsUserName('user', name), 'user');
  });

  test.each(
    // Names of up to 20 characters: longer ones fail on length first, which the case above covers.
    WINDOWS_BUILT_IN_PRINCIPALS.filter(({ name }) => name.length <= 20).map(({ name, sid }) => [name, sid]),
  )("refuses %j (%s), a built-in principal from Microsoft's lists, in any case", (name) => {
    for (const spelling of [name, name.toUpperCase(), name.toLowerCase()]) {
      expect(() => validateWindowsUserName('user', spelling)).toThrow(
        /a built-in group or identity, not a user account/,
      );
    }
  });

  test('the principal list names each entry once, with a SID, and leaves out the real accounts', () => {
    const names = WINDOWS_BUILT_IN_PRINCIPALS.map(({ name }) => name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const { sid } of WINDOWS_BUILT_IN_PRINCIPALS) expect(sid).toMatch(/^S-1-\d/);
    for (const account of ['administrator', 'guest', 'krbtgt']) expect(names).not.toContain(account);
  });

  test.each(['10.0.1.5', '2001:db8::5', 'rdp.example.com', 'rdphost', 'rdp.example.com.'])(
    'accepts the credential target %s',
    (target) => {
      expect(() => validateCredentialTarget('t', target)).not.toThrow();
    },
  );
  test.each([
    '10.0.0.256',
    '1.2.3',
    'two words',
    '-bad.example.com',
    'a..b',
    'TERMSRV/x',
    "x'y",
    'x'.repeat(64) + '.com',
    '',
  ])('refuses the credential target %j', (target) => {
    refuses(() => validateCredentialTarget('t', target), 't');
  });
  test('a DNS name may have 253 characters, not 254', () => {
    const label = 'a'.repeat(63);
    expect(isDnsName([label, label, label, 'a'.repeat(61)].join('.'))).toBe(true);
    expect(isDnsName([label, label, label, 'a'.repeat(62)].join('.'))).toBe(false);
  });

  test.each([
    'TERMSRV/*',
    'termsrv/203.0.113.10',
    'TERMSRV/*.corp.example',
    'TERMSRV/rdp.example.com',
    'TERMSRV/2001:db8::1',
  ])('accepts the delegation server %s', (server) => {
    expect(() => validateDelegationServer('s', server)).not.toThrow();
  });
  test.each(['*', 'TERMSRV/', 'HTTP/*', 'TERMSRV/**', 'TERMSRV/*.', 'TERMSRV/a b', 'TERMSRV/*;calc', 'TERMSRV/x/y'])(
    'refuses the delegation server %j',
    (server) => {
      refuses(() => validateDelegationServer('s', server), 's');
    },
  );
});

describe('passwords', () => {
  test.each([
    'Valid-Passw0rd',
    'abcdefgh1234!',
    'ABCDEFGH1234!',
    'abcdEFGH1234',
    // Every special, over two passwords (30 characters at most each).
    '()`~!@#$%^&*-+=_|{}[]aA',
    ":;'<>,.?/aA1b",
    'aA1-'.repeat(7) + 'aA',
  ])('accepts a password of the documented form (%#)', (password) => {
    expect(() => validateWindowsPassword('pw', password, 'Administrator')).not.toThrow();
  });

  test("the user-name rule is Windows': names of three characters or more, any case", () => {
    expect(() => validateWindowsPassword('pw', 'Has-ops-Inside1', 'ops')).toThrow(/it contains the user name/);
    expect(() => validateWindowsPassword('pw', 'Has-ab-Inside12', 'ab')).not.toThrow();
    expect(() => validateWindowsPassword('pw', 'Administrator1!x')).not.toThrow();
  });

  test.each([
    ['Sh0rt-pw!xy', 'it is shorter than 12 characters'],
    ['aA1-'.repeat(7) + 'aA1', 'it is longer than 30 characters'],
    ['Valid Passw0rd', 'it has a character outside that set'],
    ['Valid"Passw0rd', 'it has a character outside that set'],
    ['Välid-Passw0rd', 'it has a character outside that set'],
    ['lowercase12345', 'it has fewer than three of those four kinds'],
    ['ABCDEFGHIJKLmn', 'it has fewer than three of those four kinds'],
    ['/Abcdefgh12345', 'it starts with /'],
    ['Administrator1!x', 'it contains the user name'],
    ['my-aDMINISTRATOR-9', 'it contains the user name'],
  ])('refuses a password that breaks the rule, saying which part, without the value (%#)', (password, problem) => {
    const e = refuses(() => validateWindowsPassword('pw', password, 'Administrator'), 'pw');
    expect(e.message).toContain(`(${problem})`);
    expect(e.message).not.toContain(password);
    expect(e.message).not.toMatch(/\d+ characters long|has \d+/);
  });
});

describe('Tencent Cloud values', () => {
  test('disk sizes: the documented edges', () => {
    expect(() => validateSystemDiskSize('s', SYSTEM_DISK_SIZE_GB.min)).not.toThrow();
    expect(() => validateSystemDiskSize('s', SYSTEM_DISK_SIZE_GB.max)).not.toThrow();
    refuses(() => validateSystemDiskSize('s', SYSTEM_DISK_SIZE_GB.min - 1), 's');
    refuses(() => validateSystemDiskSize('s', SYSTEM_DISK_SIZE_GB.max + 1), 's');
    refuses(() => validateSystemDiskSize('s', '50'), 's');
    refuses(() => validateSystemDiskSize('s', NaN), 's');
    expect(() => validateDataDiskSize('d', DATA_DISK_SIZE_GB.min)).not.toThrow();
    expect(() => validateDataDiskSize('d', DATA_DISK_SIZE_GB.max)).not.toThrow();
    expect(() => validateDataDiskSize('d', 1000)).not.toThrow();
    for (const bad of [0, 5, 15, 32001, 32010, 10.5, Infinity]) refuses(() => validateDataDiskSize('d', bad), 'd');
  });

  test('bandwidth: 1 to 200 Mbps', () => {
    expect(() => validateInternetMaxBandwidthOut('b', 1)).not.toThrow();
    expect(() => validateInternetMaxBandwidthOut('b', 200)).not.toThrow();
    refuses(() => validateInternetMaxBandwidthOut('b', 0), 'b');
    refuses(() => validateInternetMaxBandwidthOut('b', 201), 'b');
  });

  test.each([
    [
      validateAvailabilityZone,
      ['ap-guangzhou-3', 'ap-shanghai-fsi-1', 'na-siliconvalley-1'],
      ['ap-guangzhou', 'AP-GUANGZHOU-3', 'ap-guangzhou-3a', 'guangzhou-3'],
    ],
    [validateRegion, ['ap-guangzhou', 'eu-frankfurt', 'ap-shenzhen-fsi'], ['ap-guangzhou-3', 'guangzhou', '']],
    [validateImageId, ['img-9id7emv7', 'img-00000000'], ['img-9ID7EMV7', 'img-123', 'ami-12345678', 'img-9id7emv77']],
    [
      validateInstanceType,
      ['S5.MEDIUM4', 'S5se.LARGE8', 'SA2.MEDIUM4', 'BMS5.24XLARGE384'],
      ['s5.medium4', 'S5MEDIUM4', 'S5.', '.MEDIUM4', 'S5.MEDIUM4 '],
    ],
    [
      validateSecretName,
      ['rdp-password', 'a', 'A_b-1', 'x'.repeat(128)],
      ['-rdp', '_rdp', 'rdp password', 'x'.repeat(129), 'rdp.password', ''],
    ],
    [
      validateSecretVersionId,
      ['v1', 'SSM_Current', '2024.01', 'x'.repeat(64)],
      ['.v1', 'v 1', 'x'.repeat(65), "v1'", ''],
    ],
    [validateUin, ['100012345678', '12345'], ['root', '0123', '', '1'.repeat(21)]],
    [validateInstanceName, ['jump-host', 'ab', 'x'.repeat(128), '跳板机'], ['x', 'x'.repeat(129), 'a\nb']],
  ] as Array<[(prop: string, value: string) => void, string[], string[]]>)('%p', (validate, good, bad) => {
    for (const value of good) expect(() => validate('p', value)).not.toThrow();
    for (const value of bad) refuses(() => validate('p', value), 'p');
  });

  test('tags: key length and reserved prefixes, value length', () => {
    expect(() => validateTag('tags', 'team', 'ops')).not.toThrow();
    expect(() => validateTag('tags', 'k'.repeat(127), 'v'.repeat(255))).not.toThrow();
    expect(() => validateTag('tags', 'project', '')).not.toThrow();
    refuses(() => validateTag('tags', 'k'.repeat(128), 'v'), 'tags["' + 'k'.repeat(128) + '"]');
    for (const reserved of ['qcs:x', 'QCS:x', 'project_x', '项目x'])
      refuses(() => validateTag('tags', reserved, 'v'), `tags[${JSON.stringify(reserved)}]`);
    refuses(() => validateTag('tags', 'team', 'v'.repeat(256)), 'tags["team"]');
    refuses(() => validateTag('tags', 'team', 'a\u0000b'), 'tags["team"]');
    refuses(() => validateTag('tags', 'team', 3), 'tags["team"]');
  });
});

describe('script text', () => {
  test('any Unicode text, tabs and newlines are accepted', () => {
    expect(() => validateScriptText('c', 'Write-Output "‘’ “” `$(x)` 🚀"\r\n\tGet-Date; @\'\n\'@')).not.toThrow();
  });
  test.each([
    ['\u0000', 'U+0000'],
    ['\u0007', 'U+0007'],
    ['\u000b', 'U+000B'],
    ['\u001b', 'U+001B'],
    ['\u007f', 'U+007F'],
    ['\u0085', 'U+0085'],
    ['\ud800', 'U+D800'],
    ['x\udc00', 'U+DC00'],
  ])('refuses %j and names it', (bad, name) => {
    expect(refuses(() => validateScriptText('c', `Write-Output 1${bad}`), 'c').message).toContain(`(contains ${name})`);
  });
  test('refuses the user data closing tag in any case', () => {
    refuses(() => validateScriptText('c', '# </PowerShell>'), 'c');
  });
});

describe('messages', () => {
  test('values are shown escaped and cut at 80 characters, secrets never', () => {
    expect(mustBe('p', 'x', 'a\nb').message).toBe('p must be x, got "a\\nb"');
    expect(mustBe('p', 'x', 'y'.repeat(100)).message).toBe(`p must be x, got "${'y'.repeat(80)}"…`);
    expect(mustBe('p', 'x', 1, 'too small').message).toBe('p must be x, got 1 (too small)');
    expect(describeValue([1, 2])).toBe('a list of 2');
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue(null)).toBe('null');
    expect(secretMustBe('pw', 'x', 'it is short').message).toBe(
      'pw must be x, got a value that is not shown because it is secret (it is short)',
    );
  });

  test('unknown props are matched to the nearest known one', () => {
    expect(findUnknownProps({ rdpAllowedCidr: [], imageId: 'x', zzz: 1 }, ['rdpAllowedCidrs', 'imageId'])).toEqual([
      { name: 'rdpAllowedCidr', suggestion: 'rdpAllowedCidrs' },
      { name: 'zzz' },
    ]);
  });
});
