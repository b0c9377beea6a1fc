import { fitColumns } from './columns';

/**
 * The accounts the demo leaves ready for a person to sign in to the web workspaces with: a judge who scored in
 * both rounds, the contact of an enterprise that submitted entries, and the organizer.
 */
export interface DemoSignIn {
  email: string;
  password: string;
  /** Who this is, in English and in Chinese ("Judge 6" and "评委 6"); the organizer needs no name. */
  who?: { en: string; zh: string };
}

export interface DemoSignIns {
  judge: DemoSignIn;
  enterprise: DemoSignIn;
  organizer: DemoSignIn;
}

/** The workspace's address on this machine: the API listens on every interface, the demo prints the loopback. */
export function workspaceUrl(base: string): string {
  const url = new URL('/app/', base);
  if (url.hostname === 'localhost') url.hostname = '127.0.0.1';
  return url.toString();
}

const ROLES: { key: keyof DemoSignIns; en: string; zh: string }[] = [
  { key: 'judge', en: 'Judge', zh: '评委' },
  { key: 'enterprise', en: 'Enterprise contact', zh: '企业联系人' },
  { key: 'organizer', en: 'Organizer', zh: '组织者' },
];

/** The lines the demo prints at its end: where the workspaces are, and who can sign in to them. */
export function signInLines(base: string, s: DemoSignIns): string[] {
  const app = workspaceUrl(base);
  return [
    `Web workspaces 网页工作台: ${app}   (sign in 登录: ${app}sign-in)`,
    'Ready sign-ins (email / password) 可直接登录的账号（邮箱 / 密码）:',
    ...ROLES.map(({ key, en, zh }) => {
      const { email, password, who } = s[key];
      const name = !who ? '' : who.en === who.zh ? who.en : `${who.en} ${who.zh}`;
      // Names last: they vary in width and may be long; the role column is as wide as its longest label.
      return `  ${fitColumns(`${en} ${zh}`, 30)} ${email} / ${password}${name && `   (${name})`}`;
    }),
  ];
}
