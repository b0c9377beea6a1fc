import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pending } from '../../ui/problem';
import { useCampaigns, useMyEnterprise } from '../enterprise-queries';
import { CampaignCard } from './campaign-card';

/** The campaigns an enterprise can see, open ones first: their categories, rules, dates, and entering. */
export default function CampaignsPage() {
  const { t } = useTranslation('enterprise');
  const campaigns = useCampaigns();
  const mine = useMyEnterprise();
  if (campaigns.isPending || mine.isPending || campaigns.error || mine.error)
    return <Pending error={campaigns.error ?? mine.error} retry={() => void campaigns.refetch()} />;
  const enterprise = mine.data;
  const open = campaigns.data.filter((c) => c.state === 'registration');
  const others = campaigns.data.filter((c) => c.state !== 'registration');
  return (
    <section aria-labelledby="campaigns-title">
      <h1 id="campaigns-title">{t('campaigns.title')}</h1>
      <p>{t('campaigns.intro')}</p>
      {!enterprise ? (
        <p className="notice">
          {t('campaigns.needProfile')} <Link to="/enterprise/profile">{t('campaigns.needProfileLink')}</Link>
        </p>
      ) : enterprise.status !== 'verified' ? (
        <p className="notice">{t('campaigns.needVerified')}</p>
      ) : null}
      <h2>{t('campaigns.open')}</h2>
      {open.length === 0 ? <p>{t('campaigns.noneOpen')}</p> : null}
      {open.map((c) => (
        <CampaignCard key={c.id} campaign={c} enterprise={enterprise} />
      ))}
      {others.length > 0 ? <h2>{t('campaigns.others')}</h2> : null}
      {others.map((c) => (
        <CampaignCard key={c.id} campaign={c} enterprise={enterprise} />
      ))}
    </section>
  );
}
