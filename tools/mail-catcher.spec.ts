import { createTransport } from 'nodemailer';
import { MailCatcher, startMailCatcher } from './mail-catcher';

describe('the local mail catcher', () => {
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher({ ports: 'any' });
  });
  afterAll(() => catcher.stop());

  it('keeps what it is sent and shows it on its page, escaped, never passing it on', async () => {
    expect(catcher.smtpUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    const transport = createTransport({ url: catcher.smtpUrl });
    await transport.sendMail({
      from: 'awards@care-awards.local',
      to: 'judge@example.org',
      subject: '邀请您以评委身份加入 <Care Awards>',
      text: 'Accept: http://localhost:3000/invitations/accept?token=abc',
      html: '<p>Accept</p>',
      headers: { 'Content-Language': 'zh-CN', 'X-Care-Awards-Template': 'staff-invitation' },
    });
    transport.close();

    const [message] = catcher.messages;
    expect(message).toMatchObject({ to: ['judge@example.org'], language: 'zh-CN', html: '<p>Accept</p>' });
    // what the README tour's mail_link reads: the newest first, with the template's name
    const json = (await (await fetch(`${catcher.viewerUrl}api/messages`)).json()) as unknown[];
    expect(json[0]).toMatchObject({ to: ['judge@example.org'], template: 'staff-invitation' });
    const list = await (await fetch(catcher.viewerUrl)).text();
    expect(list).toContain('邀请您以评委身份加入 &#60;Care Awards&#62;');
    expect(list).toContain('收件箱');
    const page = await (await fetch(`${catcher.viewerUrl}messages/${message.id}`)).text();
    expect(page).toContain('invitations/accept?token=abc');
    const framed = await fetch(`${catcher.viewerUrl}messages/${message.id}/html`);
    expect(framed.headers.get('content-security-policy')).toContain('sandbox');
    expect((await fetch(`${catcher.viewerUrl}messages/999`)).status).toBe(404);
  });
});
