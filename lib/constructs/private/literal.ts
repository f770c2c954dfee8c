import { Token } from 'cdktf';
import { mustBe } from '../../validation';

/*
 * Validators in lib/validation are pure and see text; constructs decide what a deploy-time reference
 * (a cdktf token) means for each prop: skipped, because Terraform resolves it later, or refused,
 * because the value is needed now.
 */

export function isToken(value: unknown): boolean {
  return value !== null && value !== undefined && Token.isUnresolved(value);
}

/** Refuses a token where the value must be known at synth time, saying why. */
export function requireLiteral(prop: string, value: unknown, why: string): void {
  if (isToken(value))
    throw mustBe(prop, `literal text, because ${why}`, value, 'a reference resolved only at deploy time');
}
