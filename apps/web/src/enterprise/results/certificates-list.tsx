import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Pending } from '../../ui/problem';
import { nameIn, useLanguage, type Campaign } from '../enterprise-queries';

/** After the announcement: each certificate the enterprise won in the campaign, linked to its public page. */
export function CertificatesList({ campaign, enterpriseId }: { campaign: Campaign; enterpriseId: string }) {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const certificates = useQuery({
    queryKey: ['enterprise', 'certificates', campaign.id, enterpriseId],
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{campaignId}/enterprises/{enterpriseId}/certificates', {
          params: { path: { campaignId: campaign.id, enterpriseId } },
        }),
      ),
  });
  if (certificates.isPending || certificates.error)
    return <Pending error={certificates.error} retry={() => void certificates.refetch()} />;
  return (
    <>
      <h3>{t('certificates.title')}</h3>
      {certificates.data.length === 0 ? (
        <p>{t('certificates.none')}</p>
      ) : (
        <>
          <p className="field-help">{t('certificates.intro')}</p>
          {certificates.data.map((c) => (
            <article key={c.code} className="card">
              <h4>{nameIn(c.category, language)}</h4>
              <dl className="facts">
                {c.industry ? (
                  <>
                    <dt>{t('certificates.industry')}</dt>
                    <dd>{nameIn(c.industry, language)}</dd>
                  </>
                ) : null}
                <dt>{t('certificates.code')}</dt>
                <dd>
                  <code>{c.code}</code>
                  {c.jointWinners ? ` · ${t('certificates.joint')}` : null}
                </dd>
              </dl>
              <p>
                <a
                  className="button-link"
                  href={`${c.pageUrl}?lang=${language}`}
                  aria-label={t('certificates.openOf', {
                    award: [nameIn(c.category, language), c.industry ? nameIn(c.industry, language) : '']
                      .filter(Boolean)
                      .join(' · '),
                  })}
                >
                  {t('certificates.open')}
                </a>
              </p>
            </article>
          ))}
        </>
      )}
    </>
  );
}
