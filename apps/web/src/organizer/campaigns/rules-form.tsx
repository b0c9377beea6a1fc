import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { TextField } from '../../ui/field';
import { ProblemMessage } from '../../ui/problem';
import type { Campaign } from './campaign-data';
import { useCampaignUpdate } from './campaign-update';
import { IndustryChoices } from './industry-choices';

/** The ranking rules (frozen from the survey on) and the industries in scope (frozen from registration on). */
export function RulesForm({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('organizer');
  const [rules, setRules] = useState({
    minResponsesRanked: String(campaign.rules.minResponsesRanked ?? 100),
    minResponsesListed: String(campaign.rules.minResponsesListed ?? 30),
    methodologyVersion: campaign.rules.methodologyVersion ?? 'csi-2026.1',
    jointWinnersOnTie: campaign.rules.jointWinnersOnTie ?? true,
  });
  const [industries, setIndustries] = useState(campaign.industryCodes);
  const update = useCampaignUpdate(campaign);
  const error = update.error instanceof ApiError ? update.error : null;
  const rulesFrozen = !['draft', 'registration'].includes(campaign.state);
  const industriesFrozen = campaign.state !== 'draft';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({
      ...(industriesFrozen ? {} : { industryCodes: industries }),
      ...(rulesFrozen
        ? {}
        : {
            rules: {
              minResponsesRanked: Number(rules.minResponsesRanked),
              minResponsesListed: Number(rules.minResponsesListed),
              methodologyVersion: rules.methodologyVersion,
              jointWinnersOnTie: rules.jointWinnersOnTie,
            },
          }),
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="rules-title">
      <h2 id="rules-title">{t('setup.rules')}</h2>
      <ProblemMessage error={update.error} />
      {update.isSuccess ? (
        <p className="notice" role="status">
          {t('common:saved')}
        </p>
      ) : null}
      <IndustryChoices
        value={industries}
        onChange={setIndustries}
        error={error}
        disabled={industriesFrozen}
      />
      <div className="form-grid">
        <TextField
          label={t('setup.minResponsesRanked')}
          name="rules.minResponsesRanked"
          type="number"
          value={rules.minResponsesRanked}
          disabled={rulesFrozen}
          onChange={(e) => setRules({ ...rules, minResponsesRanked: e.target.value })}
          error={error}
        />
        <TextField
          label={t('setup.minResponsesListed')}
          name="rules.minResponsesListed"
          type="number"
          value={rules.minResponsesListed}
          disabled={rulesFrozen}
          onChange={(e) => setRules({ ...rules, minResponsesListed: e.target.value })}
          error={error}
        />
        <TextField
          label={t('setup.methodologyVersion')}
          name="rules.methodologyVersion"
          value={rules.methodologyVersion}
          disabled={rulesFrozen}
          onChange={(e) => setRules({ ...rules, methodologyVersion: e.target.value })}
          error={error}
        />
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={rules.jointWinnersOnTie}
          disabled={rulesFrozen}
          onChange={(e) => setRules({ ...rules, jointWinnersOnTie: e.target.checked })}
        />{' '}
        {t('setup.jointWinnersOnTie')}
      </label>
      {rulesFrozen ? <p className="field-help">{t('setup.rulesFrozen')}</p> : null}
      <div className="actions">
        <button
          type="submit"
          className="primary"
          disabled={(rulesFrozen && industriesFrozen) || update.isPending}
        >
          {t('setup.saveRules')}
        </button>
      </div>
    </form>
  );
}
