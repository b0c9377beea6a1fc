import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/common';
import { DocumentErrors, DocumentsService, IncomingFile, StoredDocument } from '@app/documents';
import { Transactions } from '@app/database';
import { JudgingErrors } from '../judging.errors';
import { AssignmentsRepository, JudgeAssignment } from '../panels-and-assignments/assignments.repository';
import { JudgingRound, RoundsRepository } from '../rounds/rounds.repository';
import { JudgeAssignmentAccess } from '../sheets/judge-assignment-access';
import { ScoreSheetsRepository } from '../sheets/score-sheets.repository';
import { AttachmentSlot, attachmentSlot } from './round-materials';

/** Where a judge's upload goes, decided before any byte of it is read. */
export interface AttachmentTarget {
  assignmentId: string;
  slot: AttachmentSlot;
}

/** A judge's attachment as listed: which assignment and slot it belongs to, and what it is. */
export interface SheetAttachment {
  id: string;
  assignmentId: string;
  slot: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  scan: StoredDocument['scan'];
  uploadedAt: Date;
}

export const sheetAttachmentOf = (d: StoredDocument): SheetAttachment => ({
  id: d.id,
  assignmentId: d.subject.id,
  slot: d.subject.slot,
  fileName: d.fileName,
  mediaType: d.mediaType,
  sizeBytes: d.sizeBytes,
  sha256: d.sha256,
  scan: d.scan,
  uploadedAt: d.uploadedAt,
});

/**
 * What judges attach to their sheets, in the slots the round declares (a site-visit report, photos): added
 * and removed by the assignment's judge while the round is open and the sheet not submitted, stored by the
 * documents lib under the subject `sheet-attachment` (the assignment) and the slot, with the slot's rules.
 * The documents lib audits each upload and removal.
 */
@Injectable()
export class JudgeAttachmentsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly rounds: RoundsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly access: JudgeAssignmentAccess,
    private readonly sheets: ScoreSheetsRepository,
    private readonly documents: DocumentsService,
  ) {}

  /**
   * The slot an upload goes to, after every check that needs no byte of it: the judge's own assignment (404),
   * a slot the round declares (404), an open round and a sheet not submitted (409).
   */
  async uploadTarget(assignmentId: string, slotKey: string, judge: Actor): Promise<AttachmentTarget> {
    const { round } = await this.access.own(assignmentId, judge);
    const slot = attachmentSlot(round.materials, slotKey);
    if (!slot) throw JudgingErrors.attachmentSlotNotFound(slotKey);
    await this.checkWritable(round, assignmentId);
    return { assignmentId, slot };
  }

  /**
   * Stores the file in the slot (the documents lib checks its type, size and the slot's count). The checks run
   * again in the upload's transaction, under the round's share lock and the sheet's row lock, so a close or a
   * submission that came while the bytes arrived refuses the file and nothing is kept.
   */
  async attach(target: AttachmentTarget, incoming: IncomingFile, judge: Actor): Promise<SheetAttachment> {
    const { slot } = target;
    const stored = await this.documents.store(
      { type: 'sheet-attachment', id: target.assignmentId, slot: slot.key },
      incoming,
      { accept: slot.accept, maxBytes: slot.maxBytes, maxFiles: slot.maxFiles },
      judge,
      async () => {
        const { round } = await this.access.own(target.assignmentId, judge, 'locking');
        if (!attachmentSlot(round.materials, slot.key)) throw JudgingErrors.attachmentSlotNotFound(slot.key);
        await this.checkWritable(round, target.assignmentId, 'locking');
      },
    );
    return sheetAttachmentOf(stored);
  }

  /** Removes one of the judge's attachments to this assignment, under the same conditions as an upload. */
  async remove(assignmentId: string, documentId: string, judge: Actor): Promise<void> {
    await this.transactions.run(async () => {
      const { round } = await this.access.own(assignmentId, judge, 'locking');
      const document = await this.documents.get(documentId);
      if (document.subject.type !== 'sheet-attachment' || document.subject.id !== assignmentId) {
        throw DocumentErrors.notFound();
      }
      await this.checkWritable(round, assignmentId, 'locking');
      await this.documents.remove(documentId, judge);
    });
  }

  /** The attachments of these assignments, per assignment and slot in upload order. No access check. */
  async ofAssignments(assignmentIds: string[]): Promise<SheetAttachment[]> {
    return (await this.documents.list('sheet-attachment', assignmentIds)).map(sheetAttachmentOf);
  }

  /** Every attachment to the round's sheets, ended assignments' too, with whose sheet it is: for organizers. */
  async ofRound(roundId: string) {
    if (!(await this.rounds.find(roundId))) throw JudgingErrors.roundNotFound(roundId);
    const assignments = new Map((await this.assignments.assignments(roundId)).map((a) => [a.id, a]));
    return (await this.ofAssignments([...assignments.keys()])).map((attachment) => {
      const a = assignments.get(attachment.assignmentId) as JudgeAssignment;
      return {
        ...attachment,
        entrantId: a.entrantId,
        judgeId: a.judgeId,
        judgeName: a.judgeName,
        assignmentState: a.state,
      };
    });
  }

  private async checkWritable(
    round: JudgingRound,
    assignmentId: string,
    mode: 'reading' | 'locking' = 'reading',
  ) {
    if (round.state !== 'open') {
      throw JudgingErrors.refused('ROUND_NOT_OPEN', {
        en: `Attachments are added and removed only while the round is open (it is ${round.state})`,
        zh: `附件只能在轮次开放时添加或删除（当前为 ${round.state}）`,
      });
    }
    const sheet = await this.sheets.sheetOfAssignment(assignmentId);
    const current = sheet && mode === 'locking' ? await this.sheets.lockSheet(sheet.id) : sheet;
    if (current?.state === 'submitted') {
      throw JudgingErrors.refused('SHEET_LOCKED', {
        en: 'The sheet is submitted and locked, with its attachments; an organizer may reopen it',
        zh: '评分表已提交并锁定，附件亦然；组织者可以重新开放',
      });
    }
  }
}
