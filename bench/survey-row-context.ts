import { buildItemIndex, DEFAULT_METHODOLOGY, RowContext } from '@app/surveys';

/**
 * What an import knows of its campaign when it checks a row, for benches and their specs that check rows in
 * process: the default methodology, these enterprises as the candidates, and the collection window.
 */
export function surveyRowContext(
  enterprises: { id: string; industryCode: string }[],
  window: { opens: Date; closes: Date | null; latestSubmission: Date },
): RowContext {
  return {
    items: DEFAULT_METHODOLOGY.items,
    parameters: DEFAULT_METHODOLOGY.parameters,
    itemIndex: buildItemIndex(DEFAULT_METHODOLOGY.items),
    candidates: new Map(enterprises.map((e) => [e.id, { enterpriseId: e.id, industryCode: e.industryCode }])),
    enterpriseIdByCreditCode: new Map(),
    enterpriseIds: new Set(enterprises.map((e) => e.id)),
    windowOpens: window.opens,
    windowCloses: window.closes,
    latestSubmission: window.latestSubmission,
  };
}
