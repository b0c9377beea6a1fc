/**
 * Every message the platform sends, by template. Each has a Chinese and an English version, in HTML and in
 * plain text; `params` fills them in (names, the campaign, links built by `MailService.link`).
 */
export const MAIL_TEMPLATES = [
  'staff-invitation',
  'member-invitation',
  'email-verification',
  'password-reset',
] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];
