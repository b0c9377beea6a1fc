import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../session/use-session';
import { formatDateTime, browserTimeZone } from '../../format/format';
import { Pending } from '../../ui/problem';
import { useLanguage, useMyEnterprise, type Enterprise } from '../enterprise-queries';
import { MembersPanel } from './members-panel';
import { ProfileForm } from './profile-form';

const STATUS_BADGE = { pending: 'badge-warn', verified: 'badge-good', rejected: 'badge-bad' } as const;

/** Where the enterprise stands with the organizers: waiting, verified, or refused with their reason. */
function ReviewState({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  return (
    <section aria-labelledby="review-title" className="card">
      <h2 id="review-title">{t('profile.reviewTitle')}</h2>
      <p>
        <span className={`badge ${STATUS_BADGE[enterprise.status]}`}>
          {t(`profile.status.${enterprise.status}`)}
        </span>
      </p>
      <p>{t(`profile.statusExplained.${enterprise.status}`)}</p>
      {enterprise.reviewReason ? (
        <p>
          <strong>{t('profile.reviewReason')}</strong> {enterprise.reviewReason}
        </p>
      ) : null}
      {enterprise.reviewedAt ? (
        <p className="field-help">
          {t('profile.reviewedAt', {
            at: formatDateTime(enterprise.reviewedAt, browserTimeZone(), language),
          })}
        </p>
      ) : null}
      {enterprise.pendingIdentityChange ? (
        <p className="notice">{t('profile.pendingIdentityChange')}</p>
      ) : null}
    </section>
  );
}

/** The enterprise's profile: create it once the address is confirmed, then see its review and members. */
export default function ProfilePage() {
  const { t } = useTranslation('enterprise');
  const session = useSession();
  const mine = useMyEnterprise();
  if (!session?.user.emailVerified)
    return (
      <section aria-labelledby="profile-title">
        <h1 id="profile-title">{t('profile.title')}</h1>
        <p className="notice">{t('profile.verifyFirst')}</p>
        <p>
          <Link to="/enterprise/check-inbox">{t('profile.verifyFirstLink')}</Link>
        </p>
      </section>
    );
  if (mine.isPending || mine.error) return <Pending error={mine.error} retry={() => void mine.refetch()} />;
  const enterprise = mine.data;
  return (
    <section aria-labelledby="profile-title">
      <h1 id="profile-title">{t('profile.title')}</h1>
      {enterprise ? <ReviewState enterprise={enterprise} /> : null}
      <ProfileForm enterprise={enterprise} />
      {enterprise ? <MembersPanel enterprise={enterprise} /> : null}
    </section>
  );
}
