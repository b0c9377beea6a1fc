import type { AwardCategory, CampaignView } from '@app/campaigns';
import { lineProblem, LocalizedFieldProblem } from '@app/common';
import type { ReferenceData } from '@app/reference-data';
import { registrationWindowProblem } from '../candidacy-rules';
import type { EnterpriseRow } from './enterprise-rows';

/** The rows' codes that the reference data does not know, each on its row and column. */
export function referenceProblems(rows: EnterpriseRow[], reference: ReferenceData): LocalizedFieldProblem[] {
  const known = (entries: { code: string }[]) => new Set(entries.map((e) => e.code));
  const industries = known(reference.industries);
  const organizationTypes = known(reference.organizationTypes);
  const businessTypes = known(reference.businessTypes);
  // An empty code is reported as required already.
  return rows.flatMap((r) => [
    ...(industries.has(r.industryCode) || r.industryCode === ''
      ? []
      : [
          lineProblem(r.line, 'industryCode', {
            en: `unknown industry ${r.industryCode}`,
            zh: `未知行业 ${r.industryCode}`,
          }),
        ]),
    ...(organizationTypes.has(r.organizationType) || r.organizationType === ''
      ? []
      : [
          lineProblem(r.line, 'organizationType', {
            en: `unknown organisation type ${r.organizationType}`,
            zh: `未知组织类型 ${r.organizationType}`,
          }),
        ]),
    ...r.businessTypes
      .filter((b) => !businessTypes.has(b))
      .map((b) =>
        lineProblem(r.line, 'businessTypes', { en: `unknown business type ${b}`, zh: `未知业务类型 ${b}` }),
      ),
  ]);
}

/** A category named by id, English or Chinese name (case and surrounding spaces ignored). */
export function categoryNamed(categories: AwardCategory[], written: string): AwardCategory | undefined {
  const key = written.trim().toLowerCase();
  return categories.find(
    (k) => k.id === key || k.name.trim().toLowerCase() === key || k.nameZh?.trim().toLowerCase() === key,
  );
}

/**
 * Each row's categories resolved against the campaign: unknown ones, industries outside the campaign's scope
 * (known ones only) and a closed registration are problems. Without a campaign, a row naming categories is one.
 */
export function candidacyProblems(
  rows: EnterpriseRow[],
  view: CampaignView | null,
  now: Date,
  knownIndustries: Set<string>,
): { categoryIds: Map<number, string[]>; problems: LocalizedFieldProblem[] } {
  const categoryIds = new Map<number, string[]>();
  const problems: LocalizedFieldProblem[] = [];
  const entering = rows.filter((r) => r.categories.length > 0);
  if (entering.length === 0) return { categoryIds, problems };
  if (!view) {
    for (const r of entering)
      problems.push(
        lineProblem(r.line, 'categories', {
          en: 'categories can only be entered when importing into a campaign (campaignId)',
          zh: '只有导入到某个评选（campaignId）时才能填写参评类别',
        }),
      );
    return { categoryIds, problems };
  }
  const closed = registrationWindowProblem(view.campaign, now);
  if (closed)
    problems.push({
      field: 'campaignId',
      message: {
        en: `candidacies cannot be imported: ${closed.en}`,
        zh: `无法导入参评：${closed.zh}`,
      },
    });
  for (const r of entering) {
    const ids: string[] = [];
    for (const written of r.categories) {
      const category = categoryNamed(view.categories, written);
      if (!category)
        problems.push(
          lineProblem(r.line, 'categories', {
            en: `"${written}" is not a category of this campaign`,
            zh: `“${written}”不是本评选的类别`,
          }),
        );
      else if (!ids.includes(category.id)) ids.push(category.id);
    }
    // An unknown industry is reported as such; saying it is out of scope too would be noise.
    if (knownIndustries.has(r.industryCode) && !view.industryCodes.includes(r.industryCode))
      problems.push(
        lineProblem(r.line, 'categories', {
          en: `the enterprise's industry (${r.industryCode}) is not in this campaign's scope`,
          zh: `企业所属行业（${r.industryCode}）不在本评选范围内`,
        }),
      );
    categoryIds.set(r.line, ids);
  }
  return { categoryIds, problems };
}

/** Credit codes and contact addresses that registered enterprises hold already. */
export function databaseDuplicateProblems(
  rows: EnterpriseRow[],
  registered: Map<string, string>,
  contactsInUse: Set<string>,
): LocalizedFieldProblem[] {
  return rows.flatMap((r) => [
    ...(registered.has(r.creditCode)
      ? [
          lineProblem(r.line, 'creditCode', {
            en: `is already registered (${registered.get(r.creditCode)})`,
            zh: `已被注册（${registered.get(r.creditCode)}）`,
          }),
        ]
      : []),
    ...(contactsInUse.has(r.contactEmail)
      ? [
          lineProblem(r.line, 'contactEmail', {
            en: 'is already the contact of a registered enterprise',
            zh: '已是另一家已注册企业的联系人',
          }),
        ]
      : []),
  ]);
}
