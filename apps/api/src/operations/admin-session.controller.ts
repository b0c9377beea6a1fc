import { Controller, Delete, Headers, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authConfig } from '@app/config';
import { Roles } from '../auth/access.decorators';
import { bearerToken } from '../auth/token-authenticator';
import { DASHBOARD_COOKIE } from './queue-dashboard';

/**
 * A browser cannot send a bearer token when it opens a page, so an organizer trades the token for an
 * HttpOnly cookie scoped to /admin (SameSite=Strict: no other site can make the browser send it).
 */
@ApiTags('operations')
@Controller('admin/session')
@Roles('organizer')
export class AdminSessionController {
  constructor(@Inject(authConfig.KEY) private readonly auth: ConfigType<typeof authConfig>) {}

  @Post()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Open the queue dashboard in this browser: sets the session cookie for /admin/queues',
    description: 'Call it from /docs after Authorize; then open /admin/queues. Lasts as long as the token.',
  })
  @ApiNoContentResponse({ description: 'The cookie is set' })
  open(
    @Headers('authorization') authorization: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): void {
    const secure = request.protocol === 'https' ? '; Secure' : '';
    void reply.header(
      'set-cookie',
      `${DASHBOARD_COOKIE}=${bearerToken(authorization)}; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=${this.auth.jwtTtlSeconds}${secure}`,
    );
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Close the dashboard session in this browser (clears the cookie)' })
  @ApiNoContentResponse({ description: 'The cookie is cleared' })
  close(@Res({ passthrough: true }) reply: FastifyReply): void {
    void reply.header(
      'set-cookie',
      `${DASHBOARD_COOKIE}=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0`,
    );
  }
}
