import { validateCamRoleName } from '../../lib/validation';

// CAM CreateRole: "RoleName: 1 to 128 characters; letters, digits and +=,.@-_".
describe('validateCamRoleName', () => {
  test.each(['r', 'rdp-credential-web-1a2b3c4d', 'CVM_QcsRole', 'a+b=c,d.e@f-g_h', 'x'.repeat(128)])(
    'accepts %s',
    (name) => {
      expect(() => validateCamRoleName('camRole', name)).not.toThrow();
    },
  );

  test.each(['', 'x'.repeat(129), 'role/x', 'role name', 'rôle', 'role:x', 'role*'])(
    'refuses %j, naming the prop and the form',
    (name) => {
      expect(() => validateCamRoleName('camRole', name)).toThrow(
        /^camRole must be a CAM role name of 1 to 128 letters, digits and \+ = , \. @ - _, got "/,
      );
    },
  );
});
