import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { TextAreaField } from '../../../ui/field';
import { ProblemMessage } from '../../../ui/problem';
import type { CategoryProposal } from './proposal-card';
import { formText, formValues } from '../form-text';

type Decide = components['schemas']['DecideWinnersDto'];

/** Confirm the proposal as read (its evidence hash), or override it: the winners per group and why. */
export function DecisionForm({ campaignId, proposal }: { campaignId: string; proposal: CategoryProposal }) {
  const { t } = useTranslation('organizerJudging');
  const queryClient = useQueryClient();
  const [overriding, setOverriding] = useState(false);
  const decide = useMutation({
    mutationFn: (body: Decide) =>
      unwrap(
        api.POST('/campaigns/{campaignId}/awards/categories/{categoryId}/decisions', {
          params: { path: { campaignId, categoryId: proposal.categoryId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['proposals', campaignId] }),
  });
  const error = decide.error instanceof ApiError ? decide.error : null;
  const groups = proposal.proposal.industries;

  function override(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    decide.mutate({
      evidenceHash: proposal.evidenceHash,
      justification: formText(form, 'justification'),
      winners: groups.map((g) => ({
        industryCode: g.industryCode,
        enterpriseIds: formValues(form, `winners-${g.industryCode ?? 'all'}`),
      })),
    });
  }

  return (
    <div className="decision">
      <ProblemMessage error={decide.error} />
      {decide.isSuccess ? (
        <p className="notice" role="status">
          {t('awards.recorded')}
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={decide.isPending}
          onClick={() => decide.mutate({ evidenceHash: proposal.evidenceHash })}
        >
          {t('awards.confirm')}
        </button>
        <button type="button" aria-expanded={overriding} onClick={() => setOverriding((o) => !o)}>
          {t('awards.override')}
        </button>
      </div>
      {overriding ? (
        <form onSubmit={override} noValidate>
          {groups.map((g) => {
            const key = g.industryCode ?? 'all';
            const proposed = new Set(g.winners.map((w) => w.enterpriseId));
            const field = g.candidates.length > 0 ? g.candidates : g.winners;
            return (
              <fieldset key={key}>
                <legend>
                  {g.industryCode ? t(`industry.${g.industryCode}`, g.industryCode) : t('awards.overall')}
                </legend>
                {field.map((c) => (
                  <label key={c.enterpriseId} className="check">
                    <input
                      type="checkbox"
                      name={`winners-${key}`}
                      value={c.enterpriseId}
                      defaultChecked={proposed.has(c.enterpriseId)}
                    />{' '}
                    {c.enterpriseName}
                  </label>
                ))}
              </fieldset>
            );
          })}
          <TextAreaField
            label={t('awards.justification')}
            help={t('awards.justificationHelp')}
            name="justification"
            error={error}
            required
          />
          <div className="actions">
            <button type="submit" className="danger" disabled={decide.isPending}>
              {t('awards.recordOverride')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
