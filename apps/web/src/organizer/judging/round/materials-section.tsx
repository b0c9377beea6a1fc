import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { ProblemMessage } from '../../../ui/problem';
import { useLanguage } from '../use-campaign';
import { useRoundAction } from './round-data';
import type { Round } from './round-summary';
import { formFieldKeys, ShownFieldsField, useFormInForce } from './shown-fields-field';

// The round's document describes `materials` only by example; its shape is the request's.
type Materials = components['schemas']['RoundMaterialsDto'];

/**
 * The round's materials: which entry fields judges see, what they attach, whether entrants later see those
 * attachments, and whether each dossier shows the entrant's earlier rounds. Only a draft round changes them.
 */
export function MaterialsSection({ round }: { round: Round }) {
  const { t } = useTranslation('organizerJudging');
  const language = useLanguage();
  const materials = round.materials as Materials;
  const attachments = materials.judgeAttachments ?? null;
  const form = useFormInForce(round.campaignId, round.categoryId);
  const [shown, setShown] = useState(materials.shownFields ?? []);
  const [toEntrants, setToEntrants] = useState(attachments?.toEntrantsAfterAnnouncement ?? false);
  const [previous, setPrevious] = useState(materials.showPreviousFeedback ?? false);
  const save = useRoundAction(round.id, () => {
    // A key the form in force no longer has could never be shown: it goes, rather than refusing the save.
    const known = form.data ? new Set(formFieldKeys(form.data)) : null;
    const fields = known ? shown.filter((k) => known.has(k)) : form.data === null ? [] : shown;
    return unwrap(
      api.PATCH('/rounds/{roundId}', {
        params: { path: { roundId: round.id } },
        body: {
          materials: {
            shownFields: fields.length > 0 ? fields : null,
            ...(attachments
              ? { judgeAttachments: { ...attachments, toEntrantsAfterAnnouncement: toEntrants } }
              : {}),
            showPreviousFeedback: previous,
          },
        },
      }),
    );
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const frozen = round.state !== 'draft';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };
  return (
    <section aria-labelledby="round-materials">
      <h2 id="round-materials">{t('materials.title')}</h2>
      <form onSubmit={submit} noValidate>
        {frozen ? <p className="field-help">{t('materials.draftOnly')}</p> : null}
        <ProblemMessage error={save.error} />
        {save.isSuccess ? (
          <p className="notice" role="status">
            {t('materials.saved')}
          </p>
        ) : null}
        <fieldset disabled={frozen}>
          <legend className="visually-hidden">{t('materials.title')}</legend>
          <ShownFieldsField form={form} value={shown} onChange={setShown} error={error} />
          <p>
            <strong>{t('materials.attachments')}</strong>{' '}
            {attachments && attachments.slots.length > 0
              ? attachments.slots
                  .map((slot) =>
                    t('materials.slot', { label: slot.label[language], count: slot.maxFiles ?? 1 }),
                  )
                  .join('; ')
              : t('materials.noAttachments')}
          </p>
          {attachments ? (
            <label className="choice">
              <input type="checkbox" checked={toEntrants} onChange={(e) => setToEntrants(e.target.checked)} />{' '}
              {t('materials.toEntrants')}
            </label>
          ) : null}
          <label className="choice">
            <input
              type="checkbox"
              name="materials.showPreviousFeedback"
              checked={previous}
              onChange={(e) => setPrevious(e.target.checked)}
            />{' '}
            {t('materials.showPreviousFeedback')}
          </label>
          <div className="actions">
            <button type="submit" className="primary" disabled={save.isPending}>
              {t('materials.save')}
            </button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
