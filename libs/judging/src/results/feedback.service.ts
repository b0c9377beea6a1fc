import { Injectable } from '@nestjs/common';
import { CampaignFactsService } from '@app/campaigns';
import { Actor } from '@app/common';
import { DocumentErrors, DocumentLink, DocumentsService } from '@app/documents';
import { EnterpriseDirectory } from '@app/enterprises';
import { RoundEntrantsRepository } from '../entrants/round-entrants.repository';
import { AssignmentsRepository } from '../panels-and-assignments/assignments.repository';
import { ScoreSheetsRepository } from '../sheets/score-sheets.repository';
import { RoundOutcomesRepository } from './round-outcomes.repository';
import { JudgingErrors } from '../judging.errors';
import { JudgeAttachmentsService } from '../materials/judge-attachments.service';
import { RoundResultsView } from './round-results.service';
import { JudgingRound, RoundsRepository } from '../rounds/rounds.repository';
import { RubricsRepository } from '../rubrics/rubrics.repository';

/** Campaign states from which results, and so each entrant's feedback, are public to the entrant. */
const ANNOUNCED = ['announced', 'archived'];

/**
 * What an enterprise learns from the judging once the campaign is announced: per finalised round, its
 * category percentages, score, band and weakest category, and the judges' comments without their names.
 */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly rounds: RoundsRepository,
    private readonly entrants: RoundEntrantsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly sheets: ScoreSheetsRepository,
    private readonly outcomes: RoundOutcomesRepository,
    private readonly rubrics: RubricsRepository,
    private readonly campaigns: CampaignFactsService,
    private readonly enterprises: EnterpriseDirectory,
    private readonly attachments: JudgeAttachmentsService,
    private readonly documents: DocumentsService,
  ) {}

  /** The enterprises that have feedback to read once the campaign is announced. */
  enterprisesWithFeedback(campaignId: string): Promise<string[]> {
    return this.entrants.enterprisesWithFeedback(campaignId);
  }

  async feedback(campaignId: string, enterpriseId: string, viewer: Actor) {
    const campaign = await this.campaigns.yearAndState(campaignId);
    if (!campaign) throw JudgingErrors.campaignNotFound(campaignId);
    if (viewer.role !== 'organizer') {
      if (!viewer.userId || !(await this.enterprises.isMember(enterpriseId, viewer.userId))) {
        throw JudgingErrors.enterpriseNotFound(enterpriseId);
      }
      // Before the announcement nothing about the judging reaches an entrant, not even that feedback exists.
      if (!ANNOUNCED.includes(campaign.state)) throw JudgingErrors.feedbackNotFound(enterpriseId);
    }
    const rounds = [];
    for (const { entrantId, roundId } of await this.entrants.finalisedEntries(campaignId, enterpriseId)) {
      const round = (await this.rounds.find(roundId)) as JudgingRound;
      if (!round.visibility.feedbackToEntrants) continue;
      const result = await this.roundFeedback(round, entrantId, round.visibility.feedbackIncludesComments);
      if (!result) continue;
      rounds.push({
        ...result,
        categoryId: round.categoryId,
        rubric: { id: round.rubricId, version: round.rubricVersion },
        attachments: round.materials.judgeAttachments?.toEntrantsAfterAnnouncement
          ? await this.sharedAttachments(round, entrantId)
          : [],
      });
    }
    return { campaignId, enterpriseId, rounds };
  }

  /**
   * For the judges of `round` (when its materials show previous feedback): the same enterprise's results and
   * comments in the finalised earlier rounds of the round's campaign and category, without judges' names.
   */
  async earlierRoundsFeedback(round: JudgingRound, enterpriseId: string) {
    const earlier = [];
    for (const { entrantId, roundId } of await this.entrants.finalisedEntries(
      round.campaignId,
      enterpriseId,
    )) {
      const previous = await this.rounds.find(roundId);
      if (!previous || previous.categoryId !== round.categoryId || previous.position >= round.position)
        continue;
      const result = await this.roundFeedback(previous, entrantId, true);
      if (result) earlier.push(result);
    }
    return earlier;
  }

  /** One finalised round's result for an entrant, from its stored outcome, and its judges' comments if asked. */
  private async roundFeedback(round: JudgingRound, entrantId: string, withComments: boolean) {
    const outcome = await this.outcomes.outcome(round.id);
    const entry = (outcome?.results as RoundResultsView | undefined)?.entrants.find(
      (e) => e.entrantId === entrantId,
    );
    const version = await this.rubrics.findVersion(round.rubricId, round.rubricVersion);
    if (!entry || !version) return null;
    const categories = version.definition.categories;
    const band = version.definition.bands.find((b) => b.outcome === entry.band);
    return {
      roundId: round.id,
      roundName: round.name,
      stageType: round.stageType,
      score: entry.score,
      band: entry.band,
      /** The band's Chinese name from the rubric, for readers in Chinese (its outcome reads in English). */
      bandNameZh: band?.nameZh ?? null,
      weakestCategory: entry.weakestCategory,
      advanced: entry.advances,
      categories: entry.categories.map((c) => {
        const category = categories.find((k) => k.code === c.code);
        return { ...c, name: category?.name ?? c.code, nameZh: category?.nameZh ?? null };
      }),
      comments: withComments ? await this.comments(round, entrantId, categories) : [],
    };
  }

  /**
   * A link to an attachment the feedback lists, for whoever may read that feedback (the enterprise's members
   * once announced, organizers); any other document is a 404.
   */
  async attachmentLink(
    campaignId: string,
    enterpriseId: string,
    documentId: string,
    viewer: Actor,
  ): Promise<DocumentLink> {
    const { rounds } = await this.feedback(campaignId, enterpriseId, viewer);
    const listed = rounds.flatMap((r) => r.attachments).find((a) => a.id === documentId);
    if (!listed) throw DocumentErrors.notFound();
    return this.documents.link(listed, viewer);
  }

  /**
   * The attachments of the counted sheets (submitted, of active assignments), per slot in the round's order,
   * then by file name: no judge's name or id, and an order that says nothing about who attached what.
   */
  private async sharedAttachments(round: JudgingRound, entrantId: string) {
    const counted = await this.countedAssignments(round, entrantId);
    const slots = round.materials.judgeAttachments?.slots ?? [];
    const order = new Map(slots.map((s, i) => [s.key, i]));
    return (await this.attachments.ofAssignments(counted))
      .map((a) => ({
        id: a.id,
        slot: a.slot,
        slotLabel: slots.find((s) => s.key === a.slot)?.label ?? { en: a.slot, zh: a.slot },
        fileName: a.fileName,
        mediaType: a.mediaType,
        sizeBytes: a.sizeBytes,
        sha256: a.sha256,
      }))
      .sort(
        (a, b) =>
          (order.get(a.slot) ?? 0) - (order.get(b.slot) ?? 0) ||
          a.fileName.localeCompare(b.fileName) ||
          a.id.localeCompare(b.id),
      );
  }

  private async countedAssignments(round: JudgingRound, entrantId: string): Promise<string[]> {
    const active = new Set((await this.assignments.assignments(round.id, true)).map((a) => a.id));
    return (await this.sheets.sheets(round.id))
      .filter(
        (s) =>
          s.entrantId === entrantId &&
          s.state === 'submitted' &&
          s.assignmentId &&
          active.has(s.assignmentId),
      )
      .map((s) => s.assignmentId as string);
  }

  /**
   * Comments of the counted sheets, ordered by rubric category and then by text: an order that says nothing
   * about which judge wrote what.
   */
  private async comments(round: JudgingRound, entrantId: string, categories: { code: string }[]) {
    const counted = new Set(await this.countedAssignments(round, entrantId));
    const order = new Map(categories.map((c, i) => [c.code, i]));
    return (await this.sheets.sheets(round.id))
      .filter((s) => s.assignmentId && counted.has(s.assignmentId))
      .flatMap((s) =>
        Object.entries(s.comments)
          .filter(([, text]) => text.trim().length > 0)
          .map(([category, text]) => ({ category, text: text.trim() })),
      )
      .sort(
        (a, b) => (order.get(a.category) ?? 0) - (order.get(b.category) ?? 0) || a.text.localeCompare(b.text),
      );
  }
}
