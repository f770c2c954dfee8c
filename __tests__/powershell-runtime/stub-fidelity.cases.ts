import { Scenario, ScenarioReport } from './simulated-windows';
import { VersionedScenarios } from './scenario-batch';

const METADATA = 'http://metadata.tencentyun.com/latest/';

/** Runs each line and prints what it gave: the type of its single result, or the error it threw. */
const probe = (lines: readonly string[]) =>
  lines
    .map(
      (line) =>
        `try { $r = ${line}; if ($null -eq $r) { 'ok nothing' } else { 'ok ' + $r.GetType().FullName } } catch { 'refused ' + $_.Exception.GetType().Name + ': ' + $_.Exception.Message }`,
    )
    .join('\n');

/**
 * The simulation's own claims about Windows, held to their sources: the stubs refuse what the version under
 * test lacks (Microsoft's inventory), and Invoke-RestMethod types what it reads as Windows PowerShell's does.
 */
export function defineStubFidelityCases(batch: VersionedScenarios): void {
  describe('the simulated cmdlets', () => {
    const version = batch.powerShellVersion;
    const scenarios: Scenario[] = [
      {
        id: 'stub-fidelity',
        machine: {
          metadata: {
            'user-data': { body: "<powershell>\n$DangerousRdpCredentialPasswordBase64 = 'cGFzcw=='\n</powershell>\n" },
            'json-as-text': { body: '{"a":1}' },
            'json-as-json': { body: '{"a":1}', json: true },
            'meta-data/placement/region': { body: 'ap-guangzhou' },
          },
        },
        phases: [
          {
            script: probe([
              `Invoke-RestMethod -Uri '${METADATA}meta-data/placement/region' -UseBasicParsing`,
              `Invoke-WebRequest -Uri '${METADATA}meta-data/placement/region' -UseBasicParsing`,
              `Invoke-RestMethod -Uri '${METADATA}user-data'`,
              `Invoke-RestMethod -Uri '${METADATA}json-as-text'`,
              `Invoke-RestMethod -Uri '${METADATA}json-as-json'`,
              `Invoke-RestMethod -Uri '${METADATA}meta-data/placement/region'`,
              `Start-Sleep -Seconds 1 -InformationAction Continue`,
              `Update-TypeData -TypeName System.String -MemberType NoteProperty -MemberName Simulated -Value 1`,
              `Update-FormatData -AppendPath simulated.format.ps1xml`,
              `'text'.Simulated`,
            ]),
          },
        ],
      },
    ];
    const run = batch.add(scenarios);
    let reports: Record<string, ScenarioReport>;
    // The batch already ran in the test file's own beforeAll, under its time limit.
    beforeAll(async () => {
      reports = await run();
    });
    const lines = () => reports['stub-fidelity'].phases[0].output;

    test(`Invoke-RestMethod -UseBasicParsing is ${version === '4.0' ? 'refused, as 4.0 lacks it' : 'accepted'}; Invoke-WebRequest takes it`, () => {
      expect(lines()[0]).toBe(
        version === '4.0'
          ? "refused ParameterBindingException: Invoke-RestMethod: A parameter cannot be found that matches parameter name 'UseBasicParsing' (Windows PowerShell 4.0)."
          : 'ok System.String',
      );
      expect(lines()[1]).toBe('ok System.Management.Automation.PSCustomObject');
    });

    test('Invoke-RestMethod types a body by content, XML first unless the answer is JSON, then JSON, then text', () => {
      expect(lines().slice(2, 6)).toEqual([
        'ok System.Xml.XmlDocument',
        'ok System.Management.Automation.PSCustomObject',
        'ok System.Management.Automation.PSCustomObject',
        'ok System.String',
      ]);
    });

    test(`a common parameter documented only for 5.1 (-InformationAction) is ${version === '4.0' ? 'refused' : 'accepted'}`, () => {
      expect(lines()[6]).toBe(
        version === '4.0'
          ? "refused ParameterBindingException: Start-Sleep: A parameter cannot be found that matches parameter name 'InformationAction' (Windows PowerShell 4.0)."
          : 'ok nothing',
      );
    });

    // Not a claim about Windows, where Update-TypeData would add the member (and Update-FormatData would read the
    // file it names, which does not exist here): the runner's phases share one type table and one format table
    // (run-scenarios.ps1), and PowerShell refuses to change a table made outside the runspace, so no phase can
    // change what a later one sees. A script that needed them would fail here, visibly.
    test('the type and format tables every phase shares cannot be changed: PowerShell refuses Update-TypeData and Update-FormatData', () => {
      expect(lines().slice(7, 10)).toEqual([
        'refused InvalidOperationException: The TypeTable cannot be updated because the TypeTable might have been created outside of the runspace.',
        'refused InvalidOperationException: The FormatTable cannot be updated because the FormatTable might have been created outside of the runspace.',
        'ok nothing',
      ]);
    });
  });
}
