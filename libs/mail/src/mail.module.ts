import { Module } from '@nestjs/common';
import { MailDeliveryService } from './delivery/mail-delivery.service';
import { MailJobsService } from './delivery/mail-jobs.service';
import { MailTransport } from './delivery/mail-transport';
import { MailDeliveriesRepository } from './mail-deliveries.repository';
import { MailService } from './mail.service';
import { MailRenderer } from './rendering/mail-renderer';

@Module({
  providers: [
    MailDeliveriesRepository,
    MailService,
    MailJobsService,
    MailDeliveryService,
    MailTransport,
    // Reads and compiles the template files once per process.
    { provide: MailRenderer, useFactory: () => new MailRenderer() },
  ],
  exports: [MailService, MailJobsService, MailDeliveryService, MailTransport],
})
export class MailModule {}
