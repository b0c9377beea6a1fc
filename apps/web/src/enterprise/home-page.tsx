import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../session/use-session';
import { Pending } from '../ui/problem';
import { useFreshAccount } from './account/use-fresh-account';
import { useMyEnterprise } from './enterprise-queries';
import { SelfAssessmentList } from './self-assessment/self-assessment-list';

type Step = 'verify' | 'profile' | 'review' | 'enter';
const LINKS: Record<Step, string> = {
  verify: '/enterprise/check-inbox',
  profile: '/enterprise/profile',
  review: '/enterprise/profile',
  enter: '/enterprise/campaigns',
};

/** The workspace's start: the four steps to an entry, where this contact is, and what to do next. */
export default function EnterpriseHomePage() {
  const { t } = useTranslation('enterprise');
  const session = useSession();
  const account = useFreshAccount();
  const verified = account.data?.emailVerified ?? session?.user.emailVerified ?? false;
  const mine = useMyEnterprise();
  if (mine.isPending || mine.error) return <Pending error={mine.error} retry={() => void mine.refetch()} />;
  const enterprise = mine.data;
  const current: Step = !verified
    ? 'verify'
    : !enterprise || enterprise.status === 'rejected'
      ? 'profile'
      : enterprise.status === 'pending'
        ? 'review'
        : 'enter';
  const steps: Step[] = ['verify', 'profile', 'review', 'enter'];
  const at = steps.indexOf(current);
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title', { name: session?.user.displayName ?? '' })}</h1>
      {/* What a round asks of the enterprise now comes first: a self-assessment has a deadline. */}
      {enterprise && current === 'enter' ? <SelfAssessmentList enterpriseId={enterprise.id} /> : null}
      <p>{t('home.intro')}</p>
      <ol className="steps">
        {steps.map((step, i) => (
          <li key={step} className={i < at ? 'step-done' : i === at ? 'step-current' : 'step-later'}>
            <strong>{t(`home.steps.${step}.title`)}</strong>{' '}
            <span className="visually-hidden">
              ({i < at ? t('home.done') : i === at ? t('home.now') : t('home.later')})
            </span>
            <br />
            {t(`home.steps.${step}.text`)}
            {i === at ? (
              <p>
                <Link to={LINKS[step]}>{t(`home.steps.${step}.action`)}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
