import { Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AwardsModule } from '@app/awards';
import { AppConfigModule, authConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DocumentsModule } from '@app/documents';
import { CampaignsModule } from '@app/campaigns';
import { EnterprisesModule } from '@app/enterprises';
import { EntriesModule } from '@app/entries';
import { IdentityModule, UsersService } from '@app/identity';
import { QueueModule } from '@app/queue';
import { JudgingModule } from '@app/judging';
import { NotificationsModule } from '@app/notifications';
import { RankingsModule } from '@app/rankings';
import { ReferenceDataModule } from '@app/reference-data';
import { SurveysModule } from '@app/surveys';
import { AuditLogController } from './audit/audit-log.controller';
import { AwardsController } from './awards/awards.controller';
import { EnterpriseCertificatesController } from './awards/enterprise-certificates.controller';
import { AccessGuard } from './auth/access.guard';
import { TokenAuthenticator } from './auth/token-authenticator';
import { IngestionThrottlerGuard } from './http/ingestion-rate-limit';
import { RateLimitStorageModule, RedisThrottlerStorage } from './http/redis-throttler-storage';
import { AdminSessionController } from './operations/admin-session.controller';
import { MetricsController } from './operations/metrics.controller';
import { MetricsService } from './operations/metrics.service';
import { QUEUE_DASHBOARD_IMPORTS } from './operations/queue-dashboard';
import { AuthController } from './auth/auth.controller';
import { TwoFactorThrottlerGuard } from './auth/credential-rate-limits';
import { PasswordResetController } from './auth/password-reset.controller';
import { TwoFactorController } from './auth/two-factor.controller';
import { AccountPagesController } from './account/account-pages.controller';
import { WebAppController } from './web/web-app.controller';
import { AccountLinksController } from './auth/account-links.controller';
import { CampaignsController } from './campaigns/campaigns.controller';
import { CampaignDashboardController } from './dashboard/campaign-dashboard.controller';
import { CandidaciesController } from './candidacies/candidacies.controller';
import { EnterpriseInvitationsController } from './enterprises/enterprise-invitations.controller';
import { EnterprisesController } from './enterprises/enterprises.controller';
import { EnterpriseImportController } from './onboarding/enterprise-import.controller';
import { JudgeImportController } from './onboarding/judge-import.controller';
import { InvitationThrottlerGuard } from './enterprises/invitation-rate-limit';
import { MyInvitationsController } from './enterprises/my-invitations.controller';
import { InvitationLinksController } from './enterprises/invitation-links.controller';
import { ReferenceDataController } from './enterprises/reference-data.controller';
import { DocumentContentController } from './documents/document-content.controller';
import { HealthModule } from './health/health.module';
import { CertificateFilesController } from './public/certificate-files.controller';
import { OpenDataController } from './public/open-data.controller';
import { PublishedResponses } from './public/published-responses';
import { PublicPageController } from './public/public-page.controller';
import { PublicResultsController } from './public/public-results.controller';
import { SiteIndexController } from './public/site-index.controller';
import { SystemModule } from './system/system.module';
import { EntrantJudgingController } from './judging/entrant-judging.controller';
import { JudgeSecondFactorGuard } from './judging/judge-second-factor.guard';
import { JudgeWorkspaceController } from './judging/judge-workspace.controller';
import { JudgeMaterialsController } from './judging/judge-materials.controller';
import { RoundMaterialsController } from './judging/round-materials.controller';
import { JudgesController } from './judging/judges.controller';
import { RoundResultsController } from './judging/round-results.controller';
import { RoundsController } from './judging/rounds.controller';
import { RubricsController } from './judging/rubrics.controller';
import { OverviewAnswers } from './rankings/overview-answers';
import { RankingsController } from './rankings/rankings.controller';
import { SurveyResponsesController } from './surveys/survey-responses.controller';
import { SurveySetupController } from './surveys/survey-setup.controller';
import { UsersController } from './users/users.controller';
import { CategoryEntryFormController } from './entries/category-entry-form.controller';
import { EntriesController } from './entries/entries.controller';
import { EntryDocumentNames } from './entries/entry-document-names';
import { EntryFilesController } from './entries/entry-files.controller';
import { EntryFormsController } from './entries/entry-forms.controller';
import { EntryReportsController } from './entries/entry-reports.controller';
import { StaffInvitationsController } from './users/staff-invitations.controller';

@Module({
  imports: [
    AppConfigModule.forRoot(),
    DatabaseModule,
    QueueModule.forRole('producer'),
    IdentityModule,
    ReferenceDataModule,
    EnterprisesModule,
    CampaignsModule,
    SurveysModule,
    RankingsModule,
    JudgingModule,
    NotificationsModule,
    AwardsModule,
    EntriesModule,
    DocumentsModule,
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStorageModule],
      inject: [authConfig.KEY, RedisThrottlerStorage],
      useFactory: (auth: ConfigType<typeof authConfig>, storage: RedisThrottlerStorage) => ({
        // Named 'default' so the guard sends a plain Retry-After header (other names get a suffix).
        throttlers: [{ name: 'default', ttl: 60_000, limit: auth.rateLimitPerMinute }],
        // Counted in Redis, so the limits hold across every API process.
        storage,
      }),
    }),
    HealthModule,
    SystemModule,
    ...QUEUE_DASHBOARD_IMPORTS,
  ],
  controllers: [
    AuthController,
    PasswordResetController,
    TwoFactorController,
    AccountLinksController,
    UsersController,
    StaffInvitationsController,
    AuditLogController,
    EnterpriseImportController,
    JudgeImportController,
    EnterprisesController,
    EnterpriseInvitationsController,
    MyInvitationsController,
    InvitationLinksController,
    ReferenceDataController,
    CampaignsController,
    CampaignDashboardController,
    CandidaciesController,
    SurveySetupController,
    SurveyResponsesController,
    RankingsController,
    RubricsController,
    JudgesController,
    RoundsController,
    RoundResultsController,
    JudgeWorkspaceController,
    EntrantJudgingController,
    AwardsController,
    EnterpriseCertificatesController,
    PublicResultsController,
    PublicPageController,
    OpenDataController,
    CertificateFilesController,
    SiteIndexController,
    AccountPagesController,
    WebAppController,
    MetricsController,
    AdminSessionController,
    EntryFormsController,
    CategoryEntryFormController,
    EntriesController,
    EntryReportsController,
    DocumentContentController,
    EntryFilesController,
    JudgeMaterialsController,
    RoundMaterialsController,
  ],
  providers: [
    TokenAuthenticator,
    MetricsService,
    IngestionThrottlerGuard,
    InvitationThrottlerGuard,
    TwoFactorThrottlerGuard,
    JudgeSecondFactorGuard,
    EntryDocumentNames,
    PublishedResponses,
    OverviewAnswers,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
})
export class ApiModule implements OnApplicationBootstrap {
  constructor(
    private readonly users: UsersService,
    @Inject(authConfig.KEY) private readonly auth: ConfigType<typeof authConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.users.ensureBootstrapOrganizer(this.auth.bootstrapOrganizer);
  }
}
