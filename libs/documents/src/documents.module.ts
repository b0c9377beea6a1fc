import { Inject, Logger, Module, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { documentsConfig, DocumentsConfig } from '@app/config';
import { IdentityModule } from '@app/identity';
import { DocumentSweepJobs } from './document-sweep-jobs.service';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';
import { ClamdScanner } from './scanning/clamd-scanner';
import { DOCUMENT_STORAGE, DocumentStorage } from './storage/document-storage';
import { LocalDiskStorage } from './storage/local-disk-storage';
import { S3Storage } from './storage/s3-storage';
import { CLAMD_SCANNER, DocumentUploads } from './uploads/document-uploads';

@Module({
  imports: [IdentityModule],
  providers: [
    DocumentsRepository,
    DocumentUploads,
    DocumentsService,
    DocumentSweepJobs,
    {
      provide: DOCUMENT_STORAGE,
      inject: [documentsConfig.KEY],
      useFactory: (config: DocumentsConfig): DocumentStorage =>
        config.storage.kind === 's3'
          ? new S3Storage(config.storage)
          : new LocalDiskStorage(config.storage.directory),
    },
    {
      provide: CLAMD_SCANNER,
      inject: [documentsConfig.KEY],
      useFactory: (config: DocumentsConfig) => (config.clamd ? new ClamdScanner(config.clamd) : null),
    },
  ],
  exports: [DocumentsService, DocumentSweepJobs],
})
export class DocumentsModule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Documents');

  constructor(
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    @Inject(CLAMD_SCANNER) private readonly scanner: ClamdScanner | null,
  ) {}

  /**
   * Says at start where documents go and whether that works, without holding the start up or stopping it: a
   * storage or scanner that is away now fails the uploads that need it (503 for the scanner), not the platform.
   */
  onApplicationBootstrap(): void {
    void this.storage.check().then(
      (problem) =>
        problem
          ? this.logger.error(`Documents storage unreachable (${this.storage.describe()}): ${problem}`)
          : this.logger.log(`Documents are stored on ${this.storage.describe()}`),
      (e: Error) => this.logger.error(`Documents storage unreachable: ${e.message}`),
    );
    if (!this.scanner) {
      this.logger.log('CLAMD_URL is unset: uploads are stored unscanned (see the README to enable clamd)');
      return;
    }
    const scanner = this.scanner;
    void scanner.ping().then((up) => {
      if (up) this.logger.log(`Uploads are scanned by ${scanner.describe()}`);
      else
        this.logger.error(`${scanner.describe()} does not answer: uploads are refused (503) until it does`);
    });
  }

  onModuleDestroy(): void {
    if (this.storage instanceof S3Storage) this.storage.destroy();
  }
}
