export * from './document';
export { DocumentsModule } from './documents.module';
export { DocumentsService } from './documents.service';
export type { DocumentDownload, PresentedDocumentLink, SweepOutcome } from './documents.service';
export type { AttachDocument } from './uploads/document-uploads';
export { DocumentErrors } from './documents.errors';
export { DocumentSweepJobs } from './document-sweep-jobs.service';
export { opensInline, accepts } from './checks/media-types';
export { cleanFileName } from './checks/file-names';
