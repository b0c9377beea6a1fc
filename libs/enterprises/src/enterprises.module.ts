import { Module } from '@nestjs/common';
import { CampaignsModule } from '@app/campaigns';
import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { MailModule } from '@app/mail';
import { ReferenceDataModule } from '@app/reference-data';
import { CandidaciesRepository } from './candidacies.repository';
import { CandidaciesService } from './candidacies.service';
import { EnterpriseDirectoryRepository } from './directory/enterprise-directory.repository';
import { EnterpriseDirectory } from './directory/enterprise-directory.service';
import { EnterpriseNotices } from './enterprise-notices';
import { EnterprisesRepository } from './enterprises.repository';
import { EnterprisesService } from './enterprises.service';
import { EnterpriseIdentitiesService } from './identity/enterprise-identities.service';
import { IdentitiesRepository } from './identity/identities.repository';
import { InvitationsRepository } from './invitations/invitations.repository';
import { InvitationsService } from './invitations/invitations.service';
import { EnterpriseImportRepository } from './onboarding/enterprise-import.repository';
import { EnterpriseImportService } from './onboarding/enterprise-import.service';
import { InvitationIssuer } from './invitations/invitation-issuer';
import { InvitationLinksService } from './invitations/invitation-links.service';

@Module({
  imports: [ReferenceDataModule, IdentityModule, CampaignsModule, NotificationsModule, MailModule],
  providers: [
    EnterprisesRepository,
    IdentitiesRepository,
    EnterprisesService,
    EnterpriseIdentitiesService,
    CandidaciesRepository,
    CandidaciesService,
    InvitationsRepository,
    InvitationsService,
    InvitationIssuer,
    InvitationLinksService,
    EnterpriseDirectoryRepository,
    EnterpriseDirectory,
    EnterpriseNotices,
    EnterpriseImportRepository,
    EnterpriseImportService,
  ],
  exports: [
    EnterprisesService,
    EnterpriseIdentitiesService,
    CandidaciesService,
    InvitationsService,
    InvitationLinksService,
    EnterpriseDirectory,
    EnterpriseImportService,
  ],
})
export class EnterprisesModule {}
