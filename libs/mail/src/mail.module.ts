import { Module } from '@nestjs/common';
import { MailDeliveriesRepository } from './mail-deliveries.repository';
import { MailService } from './mail.service';

@Module({
  providers: [MailDeliveriesRepository, MailService],
  exports: [MailService],
})
export class MailModule {}
