import { HardeningSetting, SettingId } from './hardening-setting';
import { CredentialPasswordSource } from './hardening-setting';
import { RegistryValue } from './registry-value';
import { BuiltInSettingProps, settingUnit, settingUnits } from './setting-registry';
import { SettingOptionValues } from './setting-unit';

/** The four settings of Tencent Cloud's guide, in its order. */
export const ALL_SETTING_IDS: readonly SettingId[] = [
  'classic-sharing-model',
  'saved-credential-delegation',
  'stored-rdp-credential',
  'password-protected-sharing-off',
];

/** Each setting on unless switched off, with its options: the settings' own props, and the late-bound password source. */
export interface HardeningPolicyOptions extends BuiltInSettingProps {
  /** Required when setting 3 is on. */
  readonly credentialPasswordSource?: CredentialPasswordSource;
}

/** A setting chosen for `HardeningPolicy.of`: its id alone, or its id with its options (named as the props). */
export type SettingChoice = SettingId | { readonly id: SettingId; readonly options?: SettingOptionValues };

/**
 * The enabled settings, in the order of Tencent Cloud's guide. Built from the settings registry: each
 * setting's module says how its options become its data. A policy made with `of` may leave late-bound
 * options (the password source) to the construct, which supplies them with `bind`.
 */
export class HardeningPolicy {
  public static fromOptions(options: HardeningPolicyOptions): HardeningPolicy {
    const policy = new HardeningPolicy(options as SettingOptionValues);
    void policy.settings; // builds now, so bad options throw here
    return policy;
  }

  /**
   * Exactly the chosen settings (each in its registry position), e.g.
   * `HardeningPolicy.of('classic-sharing-model', { id: 'saved-credential-delegation', options: { delegationServers: ['TERMSRV/10.0.1.5'] } })`.
   */
  public static of(...choices: SettingChoice[]): HardeningPolicy {
    const chosen = new Map<SettingId, SettingOptionValues>();
    for (const choice of choices) {
      const { id, options } = typeof choice === 'string' ? { id: choice, options: {} } : choice;
      const unit = settingUnit(id);
      if (!unit) throw new Error(`HardeningPolicy.of: unknown setting ${JSON.stringify(id)}`);
      if (chosen.has(id)) throw new Error(`HardeningPolicy.of: ${id} is chosen twice`);
      const known = unit.options.map((o) => o.prop);
      const stray = Object.keys(options ?? {}).filter((key) => !known.includes(key));
      if (stray.length > 0) {
        throw new Error(
          `HardeningPolicy.of: ${id} has no option ${stray.join(', ')} (its options: ${known.join(', ') || 'none'})`,
        );
      }
      chosen.set(id, options ?? {});
    }
    const options: Record<string, unknown> = {};
    for (const unit of settingUnits()) {
      options[unit.toggleProp] = chosen.has(unit.id);
      Object.assign(options, chosen.get(unit.id));
    }
    return new HardeningPolicy(options);
  }

  private built?: readonly HardeningSetting[];

  private constructor(
    /** Every setting's on/off prop and the options given, as `HardeningPolicyOptions` names them. */
    public readonly options: SettingOptionValues,
  ) {}

  /** This policy with late-bound options added, such as `credentialPasswordSource`. */
  public bind(late: SettingOptionValues): HardeningPolicy {
    return new HardeningPolicy({ ...this.options, ...late });
  }

  /** The settings' data, built on first use (throws for bad or missing options). */
  public get settings(): readonly HardeningSetting[] {
    this.built ??= settingUnits()
      .filter((unit) => Boolean(this.options[unit.toggleProp] ?? true))
      .map((unit) => unit.create(this.options));
    return this.built;
  }

  public get settingIds(): SettingId[] {
    return this.settings.map((s) => s.id);
  }

  public get disabledSettingIds(): SettingId[] {
    return settingUnits()
      .map((unit) => unit.id)
      .filter((id) => !this.settingIds.includes(id));
  }

  public setting(id: SettingId): HardeningSetting | undefined {
    return this.settings.find((s) => s.id === id);
  }
}

/**
 * Every registry value the enabled settings leave behind, numbered list entries included:
 * the expectation that tests and policy checks compare a script's actual writes against.
 */
export function expectedRegistryValues(settings: readonly HardeningSetting[]): RegistryValue[] {
  return settings.flatMap((s) => [
    ...s.registryValues,
    ...s.registryLists.flatMap((list) =>
      list.entries.map((entry, i): RegistryValue => ({
        key: list.key,
        name: String(i + 1),
        kind: 'String',
        data: entry,
      })),
    ),
  ]);
}
