import { useTranslation } from 'react-i18next';
import type { components } from '../../../api/schema';
import { formatDateTime, formatNumber } from '../../../format/format';
import { categoryName, useLanguage, type Campaign } from '../use-campaign';
import { DecisionForm } from './decision-form';

export type CategoryProposal = components['schemas']['CategoryProposalDto'];
type Figures = Record<string, number | string | null>;

/** The figures a winner was chosen on, in the reader's number format. */
function FigureList({ figures }: { figures: Figures }) {
  const { t } = useTranslation('organizerJudging');
  const language = useLanguage();
  const shown = Object.entries(figures).filter(([, v]) => v !== null);
  return (
    <span className="figures">
      {shown.map(([key, value]) => (
        <span key={key}>
          {t(`figure.${key}`, key)}{' '}
          {typeof value === 'number'
            ? formatNumber(value, language)
            : key === 'band'
              ? t(`band.${value}`, String(value))
              : value}
        </span>
      ))}
    </span>
  );
}

/** One category: rule, evidence, the proposed winners per group, its decision, and the form to decide. */
export function ProposalCard({ campaign, proposal }: { campaign: Campaign; proposal: CategoryProposal }) {
  const { t } = useTranslation('organizerJudging');
  const language = useLanguage();
  const { evidence, industries } = proposal.proposal;
  const zh = language === 'zh';
  const rule = zh ? proposal.proposal.ruleZh : proposal.proposal.rule;
  const problems = zh ? proposal.proposal.problemsZh : proposal.proposal.problems;
  const decision = proposal.decision;
  const headingId = `proposal-${proposal.categoryId}`;
  const name = categoryName(proposal, language);
  return (
    <section className="card proposal" aria-labelledby={headingId}>
      <h2 id={headingId} lang={name.lang}>
        {name.text}
      </h2>
      <p>
        <span className="badge badge-muted">{t(`kind.${proposal.kind}`)}</span>{' '}
        {decision ? (
          <span className={`badge ${decision.stale ? 'badge-bad' : 'badge-good'}`}>
            {decision.stale
              ? t('awards.stale')
              : decision.overridden
                ? t('awards.overridden')
                : t('awards.confirmed')}
          </span>
        ) : (
          <span className="badge badge-warn">{t('awards.undecided')}</span>
        )}
      </p>
      {/* The API says the rule, its problems and a missing winner in both languages, as the public site does. */}
      <p>{rule}</p>
      {problems.length > 0 ? (
        <ul className="notice">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <h3>{t('awards.evidence')}</h3>
      <ul>
        {evidence.snapshots.map((s) => (
          <li key={s.snapshotId}>
            {t('awards.snapshot', {
              industry: t(`industry.${s.industryCode}`, s.industryCode),
              sequence: s.sequence,
            })}
          </li>
        ))}
        {evidence.round ? <li>{t('awards.round', { name: evidence.round.name })}</li> : null}
      </ul>
      <h3>{t('awards.winners')}</h3>
      {industries.map((group) => (
        <div key={group.industryCode ?? 'all'}>
          <h4>
            {group.industryCode
              ? t(`industry.${group.industryCode}`, group.industryCode)
              : t('awards.overall')}
          </h4>
          {group.winners.length === 0 ? (
            <p>{(zh ? group.noWinnerReasonZh : group.noWinnerReason) ?? t('awards.noWinner')}</p>
          ) : null}
          <ol>
            {group.winners.map((w) => (
              <li key={w.enterpriseId}>
                <strong>{w.enterpriseName}</strong> <FigureList figures={w.figures} />
              </li>
            ))}
          </ol>
        </div>
      ))}
      {decision ? (
        <p>
          {t('awards.decidedAt', { at: formatDateTime(decision.decidedAt, campaign.timeZone, language) })}
          {decision.justification ? ` — ${decision.justification}` : ''}
        </p>
      ) : null}
      <DecisionForm campaignId={campaign.id} proposal={proposal} />
    </section>
  );
}
