import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Actor, Localized } from '@app/common';
import { DocumentsService } from '@app/documents';
import { AuditLogService } from '@app/identity';
import { RoundEntrant, RoundEntrantsRepository } from '../entrants/round-entrants.repository';
import { JudgingErrors } from '../judging.errors';
import { AssignmentsRepository } from '../panels-and-assignments/assignments.repository';
import { JudgingRound, RoundsRepository } from '../rounds/rounds.repository';
import { archiveFileName, archiveSegment, entrantFolder, FolderNames } from './archive-names';
import { entryHtml } from './entry-html';
import { JudgeAttachmentsService } from './judge-attachments.service';
import { RoundMaterialsService } from './round-materials.service';
import { shownDocuments } from './shown-entry';

/** One file of the archive: where it goes, and its bytes, opened only when the archive reaches it. */
export interface ArchiveFile {
  path: string;
  /** Known for stored documents and the entry page, so the writer can check what it wrote. */
  size: number;
  sha256: string;
  /** When the archive was made: documents' own times say nothing an organizer needs, and ZIP keeps local time. */
  mtime: Date;
  /** Stored documents (PDFs, images) are compressed already: deflating them again only costs CPU. */
  compress: boolean;
  open(): Promise<Readable>;
  /** The manifest's row: whose file, and what it is (`entry`, `field:<key>` or `attachment:<slot>`). */
  entrant: string;
  source: string;
  documentId: string | null;
}

/** A round's materials as an archive: its name, and its files one entrant at a time. */
export interface MaterialsArchive {
  fileName: string;
  entrants: number;
  /** One batch per entrant, read from the database only when asked for, so memory holds one entrant. */
  batches(): AsyncGenerator<ArchiveFile[]>;
}

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Everything a round shows of its entrants, for organizers to read offline: per entrant (not removed) a folder
 * `<enterprise>-<short id>/` with `entry.html` (the shown answers, labels in both languages), `documents/<field>/`
 * (the documents of shown fields) and `attachments/<slot>/` (the judges' attachments to its sheets, without
 * judges' names). The export itself is one audit entry; the bytes are streamed by the caller.
 */
@Injectable()
export class MaterialsExportService {
  constructor(
    private readonly rounds: RoundsRepository,
    private readonly entrants: RoundEntrantsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly materials: RoundMaterialsService,
    private readonly attachments: JudgeAttachmentsService,
    private readonly documents: DocumentsService,
    private readonly auditLog: AuditLogService,
  ) {}

  async archive(roundId: string, organizer: Actor): Promise<MaterialsArchive> {
    const round = await this.rounds.find(roundId);
    if (!round) throw JudgingErrors.roundNotFound(roundId);
    const entrants = await this.entrants.entrants(round.id);
    await this.auditLog.record(organizer, {
      action: 'round.materials-exported',
      entityType: 'judging-round',
      entityId: round.id,
      after: { entrants: entrants.length, shownFields: round.materials.shownFields },
    });
    return {
      fileName: archiveFileName(round.name, round.position),
      entrants: entrants.length,
      batches: () => this.batches(round, entrants),
    };
  }

  private async *batches(round: JudgingRound, entrants: RoundEntrant[]): AsyncGenerator<ArchiveFile[]> {
    const folders = new FolderNames();
    folders.take('manifest.csv');
    const assignments = await this.assignments.assignments(round.id);
    for (const entrant of entrants) {
      const folder = folders.take(entrantFolder(entrant.enterpriseName, entrant.id));
      yield this.entrantFiles(
        round,
        entrant,
        folder,
        assignments.filter((a) => a.entrantId === entrant.id).map((a) => a.id),
      );
    }
  }

  private async entrantFiles(
    round: JudgingRound,
    entrant: RoundEntrant,
    folder: string,
    assignmentIds: string[],
  ): Promise<ArchiveFile[]> {
    const entry = await this.materials.shownEntry(round, entrant.candidacyId);
    const now = new Date();
    const names = new Map<string, FolderNames>();
    const place = (dir: string, fileName: string) => {
      const taken = names.get(dir) ?? new FolderNames();
      names.set(dir, taken);
      return `${dir}/${taken.take(archiveSegment(fileName, 'file'))}`;
    };
    const files: ArchiveFile[] = [];
    const stored = (
      path: string,
      d: { id: string; sizeBytes: number; sha256: string },
      source: string,
    ): ArchiveFile => ({
      path: `${folder}/${path}`,
      size: d.sizeBytes,
      sha256: d.sha256,
      mtime: now,
      compress: false,
      open: () => this.documents.open(d),
      entrant: entrant.enterpriseName,
      source,
      documentId: d.id,
    });

    const documentPaths = new Map<string, string>();
    for (const { field, document } of shownDocuments(entry)) {
      const path = place(`documents/${archiveSegment(field, 'field')}`, document.fileName);
      documentPaths.set(document.id, path);
      files.push(stored(path, document, `field:${field}`));
    }
    const labels = new Map((round.materials.judgeAttachments?.slots ?? []).map((s) => [s.key, s.label]));
    const attached: { slot: Localized; fileName: string; path: string }[] = [];
    for (const a of await this.attachments.ofAssignments(assignmentIds)) {
      const path = place(`attachments/${archiveSegment(a.slot, 'slot')}`, a.fileName);
      attached.push({ slot: labels.get(a.slot) ?? { en: a.slot, zh: a.slot }, fileName: a.fileName, path });
      files.push(stored(path, a, `attachment:${a.slot}`));
    }

    const page = Buffer.from(
      entryHtml({
        enterpriseName: entrant.enterpriseName,
        roundName: round.name,
        entry,
        documentPaths,
        attachments: attached,
      }),
    );
    files.unshift({
      path: `${folder}/entry.html`,
      size: page.length,
      sha256: sha256Of(page),
      mtime: now,
      compress: true,
      open: () => Promise.resolve(Readable.from([page])),
      entrant: entrant.enterpriseName,
      source: 'entry',
      documentId: null,
    });
    return files;
  }
}
