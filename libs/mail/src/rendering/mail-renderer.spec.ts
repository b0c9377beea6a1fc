import { readdirSync } from 'node:fs';
import { LANGUAGES } from '@app/common';
import { MAIL_TEMPLATES, TEMPLATE_PARAMS } from '../mail-templates';
import { formatDate } from './formats';
import { MailRenderer, TEMPLATES_DIR } from './mail-renderer';

const EXPIRES = '2027-03-01T08:30:00.000Z';

/** A value for every param any template documents; dates are ISO strings, as callers pass them. */
const SAMPLE: Record<string, string> = {
  inviterName: 'Li Wei',
  role: 'judge',
  link: 'https://awards.example.org/invitations/accept?token=abc',
  expiresAt: EXPIRES,
  closesAt: EXPIRES,
  enterpriseName: 'Hangzhou Care Ltd',
  displayName: 'Zhang San',
  campaignName: 'Customer Care Awards 2027',
  roundName: 'Final panel',
  owed: '3',
  certificates: 'CA-2027-001, CA-2027-002',
  reason: 'The licence scan is unreadable',
  categoryName: 'Best Call Center',
};

const paramsOf = (template: (typeof MAIL_TEMPLATES)[number]) =>
  Object.fromEntries(
    [...TEMPLATE_PARAMS[template].required, ...(TEMPLATE_PARAMS[template].optional ?? [])].map((p) => [
      p,
      SAMPLE[p],
    ]),
  );

describe('MailRenderer', () => {
  const renderer = new MailRenderer();

  it('has a folder with both languages in all three formats for every template, and nothing else', () => {
    const folders = readdirSync(TEMPLATES_DIR).filter((f) => !f.startsWith('_'));
    expect(folders.sort()).toEqual([...MAIL_TEMPLATES].sort());
    for (const template of MAIL_TEMPLATES)
      expect(readdirSync(`${TEMPLATES_DIR}/${template}`).sort()).toEqual(
        LANGUAGES.flatMap((l) => ['html', 'subject', 'text'].map((f) => `${l}.${f}.hbs`)).sort(),
      );
  });

  describe.each(MAIL_TEMPLATES.flatMap((t) => LANGUAGES.map((l) => [t, l] as const)))('%s in %s', (t, l) => {
    const mail = renderer.render(t, l, paramsOf(t));

    it('fills every param in, with no blanks left', () => {
      for (const text of [mail.subject, mail.text, mail.html]) {
        expect(text).not.toMatch(/undefined|null|\{\{|\}\}/);
        expect(text).not.toMatch(/[“"]\s*[”"]|(Reason|原因)[:：]\s*(<|$)/m);
      }
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.subject).not.toContain('\n');
      for (const p of TEMPLATE_PARAMS[t].required) {
        const shown = p.endsWith('At')
          ? formatDate(EXPIRES, l)
          : p === 'role'
            ? l === 'zh'
              ? '评委'
              : 'judge'
            : SAMPLE[p];
        expect(mail.text).toContain(shown);
      }
      // The link is in both formats, as given: absolute at the public address.
      // Handlebars writes `=` as `&#x3D;` in attributes, which browsers read back as `=`.
      expect(mail.html).toContain(`href="${SAMPLE.link.replace(/=/g, '&#x3D;')}"`);
      expect(mail.html).toContain(`<html lang="${l === 'zh' ? 'zh-CN' : 'en'}">`);
    });

    it('speaks the language', () => {
      const han = /[\u4e00-\u9fff]/;
      const body = mail.text.replace(/Care Awards/g, '');
      if (l === 'zh') expect(mail.subject + body).toMatch(han);
      else expect(mail.subject + body).not.toMatch(han);
    });

    it('names the campaign when it is about one', () => {
      if (TEMPLATE_PARAMS[t].required.includes('campaignName')) {
        expect(mail.subject + mail.text).toContain(SAMPLE.campaignName);
      }
    });
  });

  it('escapes params in HTML and leaves them as they are in text', () => {
    const mail = renderer.render('candidacy-rejected', 'en', {
      ...paramsOf('candidacy-rejected'),
      reason: '<script>alert("x")</script> & more',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(mail.text).toContain('<script>alert("x")</script> & more');
  });

  it('keeps the subject on one line whatever a param holds', () => {
    const mail = renderer.render('enterprise-verified', 'en', {
      ...paramsOf('enterprise-verified'),
      enterpriseName: 'Two\nLines\r\nBcc: x@y',
    });
    expect(mail.subject).toBe('Two Lines Bcc: x@y is verified on Care Awards');
  });

  it('refuses a message with a required param missing or empty', () => {
    expect(() => renderer.render('password-reset', 'zh', { displayName: 'A', link: SAMPLE.link })).toThrow(
      /expiresAt/,
    );
    expect(() =>
      renderer.render('password-reset', 'zh', { displayName: ' ', link: SAMPLE.link, expiresAt: EXPIRES }),
    ).toThrow(/displayName/);
    // The check MailService makes when a message is recorded, before any rendering.
    expect(() => renderer.requireParams('password-reset', { displayName: 'A', link: SAMPLE.link })).toThrow(
      /expiresAt/,
    );
    expect(() =>
      renderer.requireParams('password-reset', { displayName: 'A', link: SAMPLE.link, expiresAt: EXPIRES }),
    ).not.toThrow();
  });

  it('formats dates per language, and says without a deadline when there is none', () => {
    expect(formatDate(EXPIRES, 'zh')).toBe('2027年3月1日 16:30（北京时间）');
    expect(formatDate(EXPIRES, 'en')).toBe('1 March 2027 at 08:30 UTC');
    const rest = paramsOf('judging-reminder');
    delete rest.closesAt;
    expect(renderer.render('judging-reminder', 'en', rest).text).toContain('Please submit them soon.');
    expect(renderer.render('judging-reminder', 'zh', rest).text).toContain('请尽快提交');
  });
});
