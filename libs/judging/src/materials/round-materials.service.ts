import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/common';
import { DocumentErrors, DocumentLink, DocumentsService, StoredDocument } from '@app/documents';
import { EntriesService } from '@app/entries';
import { RoundEntrant, RoundEntrantsRepository } from '../entrants/round-entrants.repository';
import { JudgingErrors } from '../judging.errors';
import { AssignmentsRepository } from '../panels-and-assignments/assignments.repository';
import { JudgingRound, RoundsRepository } from '../rounds/rounds.repository';
import { JudgeAssignmentAccess } from '../sheets/judge-assignment-access';
import { ShownEntry, shownDocuments, shownEntryOf } from './shown-entry';

/**
 * Round states in which a judge gets links to an entrant's documents: while judging (open) and while the
 * panel settles the results (closed: the chair's tie order may send a judge back to the evidence). Once
 * finalised the round's work is done, and its material stops circulating among judges.
 */
const JUDGES_READ_IN = new Set(['open', 'closed']);

/**
 * What a round shows of each entrant and who reaches it: the entry restricted to the round's shown fields with
 * the documents of its file fields, and short-lived links to those documents for the assignment's judge (never
 * a conflicted one) and for organizers. Every link is the documents lib's, signed for its reader; the download
 * behind it is audited there.
 */
@Injectable()
export class RoundMaterialsService {
  constructor(
    private readonly access: JudgeAssignmentAccess,
    private readonly rounds: RoundsRepository,
    private readonly entrants: RoundEntrantsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly entries: EntriesService,
    private readonly documents: DocumentsService,
  ) {}

  /** The entrant's entry as the round shows it; null when the candidacy has none. No access check: callers decide. */
  async shownEntry(round: JudgingRound, candidacyId: string): Promise<ShownEntry | null> {
    const entry = await this.entries.visibleEntry(candidacyId);
    if (!entry) return null;
    const stored = await this.documents.list('entry-field', [candidacyId]);
    return shownEntryOf(entry, round.materials.shownFields, stored);
  }

  /**
   * A link to a document for the assignment's judge: one the round shows of this entrant's entry, or one of
   * the judge's own attachments to this assignment, while the round is open or closed. Anything else, another
   * judge's assignment, a conflicted judge's (a conflict declared after the assignment too) is a 404 that says
   * nothing of whether the document exists.
   */
  async linkForJudge(assignmentId: string, documentId: string, judge: Actor): Promise<DocumentLink> {
    const { assignment, round, entrant } = await this.access.own(assignmentId, judge);
    if (!JUDGES_READ_IN.has(round.state)) throw DocumentErrors.notFound();
    const document = await this.find(documentId);
    const own = document.subject.type === 'sheet-attachment' && document.subject.id === assignment.id;
    if (!own && !(await this.shows(round, entrant, document))) throw DocumentErrors.notFound();
    return this.documents.link(document, judge);
  }

  /** A link for an organizer: any document the round shows of its entrants, or any attachment to its sheets. */
  async linkForOrganizer(roundId: string, documentId: string, organizer: Actor): Promise<DocumentLink> {
    const round = await this.rounds.find(roundId);
    if (!round) throw JudgingErrors.roundNotFound(roundId);
    const document = await this.find(documentId);
    if (document.subject.type === 'sheet-attachment') {
      const assignment = await this.assignments.findAssignment(document.subject.id);
      if (assignment?.roundId !== round.id) throw DocumentErrors.notFound();
    } else {
      const entrant = (await this.entrants.entrants(round.id)).find(
        (e) => e.candidacyId === document.subject.id,
      );
      if (!entrant || !(await this.shows(round, entrant, document))) throw DocumentErrors.notFound();
    }
    return this.documents.link(document, organizer);
  }

  /** Whether the round shows this document of the entrant's entry: a shown field that shows and names it. */
  private async shows(
    round: JudgingRound,
    entrant: RoundEntrant,
    document: StoredDocument,
  ): Promise<boolean> {
    if (document.subject.type !== 'entry-field' || document.subject.id !== entrant.candidacyId) return false;
    const entry = await this.shownEntry(round, entrant.candidacyId);
    return shownDocuments(entry).some((d) => d.document.id === document.id);
  }

  /** 404 DOCUMENT_NOT_FOUND when there is none: the same answer as for one the caller may not see. */
  private find(documentId: string): Promise<StoredDocument> {
    return this.documents.get(documentId);
  }
}
