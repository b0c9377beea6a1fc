/**
 * Every message the platform sends, by template. Each has a Chinese and an English version, in HTML and in
 * plain text, in `libs/mail/templates/<name>/`; `params` fills them in (names, the campaign, links built by
 * `MailService.link`). Dates in params are ISO strings, formatted per language when rendered.
 */
export const MAIL_TEMPLATES = [
  /** {inviterName, role ('organizer' | 'judge'), link, expiresAt} */
  'staff-invitation',
  /** {enterpriseName, inviterName, link, expiresAt} */
  'member-invitation',
  /** {displayName, link} */
  'email-verification',
  /** {displayName, link, expiresAt} */
  'password-reset',
  /** A judge with unfinished sheets in an open round. {displayName, campaignName, roundName, owed, link; closesAt?} */
  'judging-reminder',
  /** To a winner's members when results are announced. {displayName, campaignName, enterpriseName, certificates, link} */
  'award-won',
  /** To every other candidate's members when results are announced. {displayName, campaignName, enterpriseName, link} */
  'results-announced',
  /** A judge assigned to a round's panel. {displayName, campaignName, roundName, link; closesAt?} */
  'judge-assigned',
  /** An enterprise's registration was verified. {displayName, enterpriseName, link} */
  'enterprise-verified',
  /** An enterprise's registration was rejected. {displayName, enterpriseName, reason, link} */
  'enterprise-rejected',
  /** A change of an enterprise's registered identity was approved. {displayName, enterpriseName, link} */
  'identity-change-approved',
  /** A change of an enterprise's registered identity was rejected. {displayName, enterpriseName, reason, link} */
  'identity-change-rejected',
  /** A candidacy was approved. {displayName, enterpriseName, campaignName, categoryName, link} */
  'candidacy-approved',
  /** A candidacy was rejected. {displayName, enterpriseName, campaignName, categoryName, reason, link} */
  'candidacy-rejected',
  /** At the announcement, to an entrant's members when judges' feedback is theirs to read. {displayName, campaignName, enterpriseName, link} */
  'feedback-available',
  /** A round's close came with a judge's sheets still missing. {displayName, campaignName, roundName, owed, closesAt, link} */
  'judging-deadline-passed',
] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

export function isMailTemplate(value: unknown): value is MailTemplate {
  return typeof value === 'string' && (MAIL_TEMPLATES as readonly string[]).includes(value);
}

/**
 * Templates whose `link` is a credential: an invitation's, a verification's or a reset's link carries its
 * token. The row needs it until the message is sent; after that a copy in the database (or in a backup of it)
 * would only be a way into someone's account, so the sweep takes it out of sent and dead messages.
 */
export const CREDENTIAL_LINK_TEMPLATES: readonly MailTemplate[] = [
  'staff-invitation',
  'member-invitation',
  'email-verification',
  'password-reset',
];

/** The params each template needs (rendering refuses a message without them) and those it may use. */
export const TEMPLATE_PARAMS: Record<
  MailTemplate,
  { required: readonly string[]; optional?: readonly string[] }
> = {
  'staff-invitation': { required: ['inviterName', 'role', 'link', 'expiresAt'] },
  'member-invitation': { required: ['enterpriseName', 'inviterName', 'link', 'expiresAt'] },
  'email-verification': { required: ['displayName', 'link'] },
  'password-reset': { required: ['displayName', 'link', 'expiresAt'] },
  'judging-reminder': {
    required: ['displayName', 'campaignName', 'roundName', 'owed', 'link'],
    optional: ['closesAt'],
  },
  'award-won': { required: ['displayName', 'campaignName', 'enterpriseName', 'certificates', 'link'] },
  'results-announced': { required: ['displayName', 'campaignName', 'enterpriseName', 'link'] },
  'judge-assigned': {
    required: ['displayName', 'campaignName', 'roundName', 'link'],
    optional: ['closesAt'],
  },
  'enterprise-verified': { required: ['displayName', 'enterpriseName', 'link'] },
  'enterprise-rejected': { required: ['displayName', 'enterpriseName', 'reason', 'link'] },
  'identity-change-approved': { required: ['displayName', 'enterpriseName', 'link'] },
  'identity-change-rejected': { required: ['displayName', 'enterpriseName', 'reason', 'link'] },
  'candidacy-approved': {
    required: ['displayName', 'enterpriseName', 'campaignName', 'categoryName', 'link'],
  },
  'candidacy-rejected': {
    required: ['displayName', 'enterpriseName', 'campaignName', 'categoryName', 'reason', 'link'],
  },
  'feedback-available': { required: ['displayName', 'campaignName', 'enterpriseName', 'link'] },
  'judging-deadline-passed': {
    required: ['displayName', 'campaignName', 'roundName', 'owed', 'closesAt', 'link'],
  },
};
