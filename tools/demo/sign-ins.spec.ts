import { signInLines, workspaceUrl } from './sign-ins';

describe('the sign-ins the demo prints', () => {
  const signIns = {
    judge: {
      email: 'judge-x-5@example.org',
      password: 'demo-judge-password-5',
      who: { en: 'Judge 6', zh: '评委 6' },
    },
    enterprise: {
      email: 'demo-x-3@example.cn',
      password: 'demo-entrant-password-3',
      who: { en: 'Yangtze Telecom Co., Ltd.', zh: 'Yangtze Telecom Co., Ltd.' },
    },
    organizer: { email: 'organizer@care-awards.local', password: 'secret' },
  };

  it('gives the workspace on the loopback address, under /app/', () => {
    expect(workspaceUrl('http://localhost:3000')).toBe('http://127.0.0.1:3000/app/');
    expect(workspaceUrl('http://127.0.0.1:41234')).toBe('http://127.0.0.1:41234/app/');
  });

  it('names each role in English and Chinese with its email and password', () => {
    const lines = signInLines('http://localhost:3917', signIns);
    expect(lines[0]).toBe(
      'Web workspaces 网页工作台: http://127.0.0.1:3917/app/   (sign in 登录: http://127.0.0.1:3917/app/sign-in)',
    );
    expect(lines[1]).toContain('邮箱 / 密码');
    expect(lines[2]).toMatch(
      /^ {2}Judge 评委 +judge-x-5@example\.org \/ demo-judge-password-5 {3}\(Judge 6 评委 6\)$/,
    );
    expect(lines[3]).toMatch(
      /^ {2}Enterprise contact 企业联系人 +demo-x-3@example\.cn \/ demo-entrant-password-3 {3}\(Yangtze Telecom Co\., Ltd\.\)$/,
    );
    expect(lines[4]).toMatch(/^ {2}Organizer 组织者 +organizer@care-awards\.local \/ secret$/);
  });

  it('keeps the emails in one column whatever the names’ widths', () => {
    const columns = signInLines('http://localhost:3917', signIns)
      .slice(2)
      .map((l) => l.replace(/[\u4e00-\u9fff]/g, 'xx').search(/\S+@/));
    expect(new Set(columns).size).toBe(1);
  });
});
