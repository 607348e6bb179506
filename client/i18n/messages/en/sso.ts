import type { Shape } from '../../../../shared/message-shape.ts';
import type { sso as fi } from '../fi/sso.ts';

export const sso: Shape<typeof fi> = {
  signIn: 'Sign in with single sign-on',
  orPassword: 'or sign in with your user name and password',
  errors: {
    state:
      'The single sign-on expired or was interrupted (for example by the back button or in another tab). Start signing in again.',
    denied: 'The single sign-on was cancelled at the identity provider. You can start it again.',
    failed:
      "The identity provider's answer could not be accepted, so signing in failed. Try again, and tell the administrator if it repeats.",
    unavailable:
      "The identity provider or digisalkku's database does not answer right now. Try again in a moment.",
    noRole:
      "The identity provider gave you no access to digisalkku. Ask your organisation's administrator to assign you a digisalkku role.",
    noMinistry:
      "The editor role needs your ministry, which the identity provider did not give. Ask your organisation's administrator to add your ministry to your account.",
    disabled: "Your digisalkku account has been disabled. Contact digisalkku's administrator.",
  },
};
