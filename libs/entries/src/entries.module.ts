import { Module } from '@nestjs/common';
import { CampaignsModule } from '@app/campaigns';
import { DocumentsModule } from '@app/documents';
import { EnterprisesModule } from '@app/enterprises';
import { IdentityModule } from '@app/identity';
import { EntriesRepository } from './answers/entries.repository';
import { EntriesService } from './answers/entries.service';
import { EntryContexts } from './answers/entry-contexts';
import { EntryFilesService } from './files/entry-files.service';
import { CategoryFormsService } from './forms/category-forms.service';
import { EntryFormsRepository } from './forms/entry-forms.repository';
import { EntryFormsService } from './forms/entry-forms.service';
import { EntryReportsService } from './reports/entry-reports.service';

@Module({
  imports: [IdentityModule, CampaignsModule, EnterprisesModule, DocumentsModule],
  providers: [
    EntryFormsRepository,
    EntryFormsService,
    CategoryFormsService,
    EntriesRepository,
    EntryContexts,
    EntriesService,
    EntryReportsService,
    EntryFilesService,
  ],
  exports: [EntryFormsService, CategoryFormsService, EntriesService, EntryReportsService, EntryFilesService],
})
export class EntriesModule {}
