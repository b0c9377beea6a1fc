import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../format/format';
import { currentLanguage } from '../../i18n/i18n';
import { RubricSheet } from '../../ui/rubric-sheet/rubric-sheet';
import { sheetLock } from '../../ui/rubric-sheet/sheet-lock';
import { useCampaign, type AssignmentDossier } from '../judge-queries';

/** A judge's score sheet of one assignment: the rubric sheet, saved and submitted on the assignment. */
export function ScoreSheet({
  dossier,
  onSubmitted,
}: {
  dossier: AssignmentDossier;
  onSubmitted: () => void;
}) {
  const { t } = useTranslation('judge');
  const lang = currentLanguage();
  const stored = dossier.sheet.sheet;
  const campaign = useCampaign(dossier.assignment.campaignId);
  const lock = sheetLock(stored?.state, dossier.assignment.roundState);
  const path = { params: { path: { assignmentId: dossier.assignment.assignmentId } } };
  return (
    <RubricSheet
      rubric={dossier.rubric}
      stored={stored ?? null}
      locked={lock !== null}
      lockedNotice={
        lock === 'submitted' && stored
          ? t('sheet.submittedOn', {
              date: formatDateTime(stored.submittedAt, campaign?.timeZone ?? 'Asia/Shanghai', lang),
            })
          : t('sheet.roundNotOpen')
      }
      submitLead={t('sheet.submitLead')}
      save={(draft) => unwrap(api.PUT('/judging/assignments/{assignmentId}/sheet', { ...path, body: draft }))}
      submit={() => unwrap(api.POST('/judging/assignments/{assignmentId}/sheet/submit', path))}
      onSubmitted={onSubmitted}
    />
  );
}
