import { Controller, Get, Module, Param, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Actor, DomainError } from '@app/common';
import { DocumentsModule, DocumentsService, StoredDocument } from '@app/documents';
import { startTestApiWith, TestApi } from '@app/testing';
import { ApiModule } from '../src/api.module';
import { CurrentActor, Roles } from '../src/auth/access.decorators';
import { createApiApp } from '../src/create-api-app';
import { AcceptsUpload, receiveUpload } from '../src/documents/receive-upload';

/** The subject every test upload belongs to: an entry field of one made-up candidacy. */
export const SUBJECT = '3f1c2b9a-7d4e-4f6a-9b8c-1a2b3c4d5e6f';

/**
 * A domain's upload route as entries and judging will write theirs, mounted for these tests only: the real
 * multipart path (receiveUpload) into DocumentsService.store, with the slot's rules from the query.
 */
@Controller('test-uploads')
class TestUploadsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post(':slot')
  @Roles('organizer', 'enterprise', 'judge')
  @AcceptsUpload()
  async upload(
    @Param('slot') slot: string,
    @Query('accept') accept: string | undefined,
    @Query('maxBytes') maxBytes: string | undefined,
    @Query('maxFiles') maxFiles: string | undefined,
    @Query('attach') attach: string | undefined,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<StoredDocument> {
    const incoming = await receiveUpload(request);
    return this.documents.store(
      { type: 'entry-field', id: SUBJECT, slot },
      incoming,
      {
        accept: (accept ?? 'application/pdf,image/*').split(','),
        maxBytes: Number(maxBytes ?? 1024 * 1024),
        maxFiles: Number(maxFiles ?? 5),
      },
      actor,
      attach === 'refuse'
        ? () => Promise.reject(new DomainError('conflict', 'TEST_REFUSED', { en: 'refused', zh: '拒绝' }))
        : undefined,
    );
  }

  @Get(':id/link')
  @Roles('organizer', 'enterprise', 'judge')
  async link(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.documents.link(await this.documents.get(id), actor);
  }
}

@Module({ imports: [ApiModule, DocumentsModule], controllers: [TestUploadsController] })
class TestUploadsRoot {}

/** The real API (createApiApp, configureApp) with the test upload route beside its own. */
export const startUploadsApi = (env: Record<string, string>): Promise<TestApi> =>
  startTestApiWith(() => createApiApp(TestUploadsRoot), env);
