import { mustBe } from './input-error';

/** CAM's rule for role names (CreateRole, RoleName): 1 to 128 letters, digits and + = , . @ - _. */
export function validateCamRoleName(prop: string, value: string): void {
  if (!/^[A-Za-z0-9+=,.@_-]{1,128}$/.test(value)) {
    throw mustBe(prop, 'a CAM role name of 1 to 128 letters, digits and + = , . @ - _', value);
  }
}
