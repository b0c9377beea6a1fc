import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.decorators';
import { accountLanguage, accountPage } from './account-pages';
import { ACCOUNT_SCRIPT } from './account-script';
import type { AccountPage } from './account-text';

const HTML_PAGE = {
  description: 'An HTML page',
  schema: { type: 'string', example: '<!doctype html><html lang="zh-CN">…</html>' },
};
const TOKEN_QUERY = { name: 'token', required: true, description: 'the `token` of the emailed link' };
const LANG_QUERY = {
  name: 'lang',
  required: false,
  enum: ['en', 'zh'],
  description: 'English or Chinese; without it, the browser’s Accept-Language decides (English by default)',
};

/**
 * The pages the platform's emails link to, in Chinese and English. Public: the token in the address is the
 * credential, and the page only shows what the JSON API answers for it. Never cached, and no Referer leaves
 * them, since their address carries the token.
 */
@ApiTags('account pages')
@Controller('account')
@Public()
export class AccountPagesController {
  @Get('invitation')
  @ApiOperation({ summary: 'Accept a staff invitation (HTML): choose a name and password, land signed in' })
  @ApiProduces('text/html')
  @ApiQuery(TOKEN_QUERY)
  @ApiQuery(LANG_QUERY)
  @ApiOkResponse(HTML_PAGE)
  invitation(
    @Query() q: Record<string, unknown>,
    @Headers('accept-language') al: string,
    @Res() r: FastifyReply,
  ) {
    return this.send('invitation', q, al, r);
  }

  @Get('enterprise-invitation')
  @ApiOperation({ summary: 'Accept an enterprise invitation (HTML): create an account or sign in, and join' })
  @ApiProduces('text/html')
  @ApiQuery(TOKEN_QUERY)
  @ApiQuery(LANG_QUERY)
  @ApiOkResponse(HTML_PAGE)
  enterpriseInvitation(
    @Query() q: Record<string, unknown>,
    @Headers('accept-language') al: string,
    @Res() r: FastifyReply,
  ) {
    return this.send('enterprise-invitation', q, al, r);
  }

  @Get('verify-email')
  @ApiOperation({
    summary: 'Confirm an email address (HTML)',
    description:
      'Confirms on a button press, not on opening: mail scanners that fetch links confirm nothing.',
  })
  @ApiProduces('text/html')
  @ApiQuery(TOKEN_QUERY)
  @ApiQuery(LANG_QUERY)
  @ApiOkResponse(HTML_PAGE)
  verifyEmail(
    @Query() q: Record<string, unknown>,
    @Headers('accept-language') al: string,
    @Res() r: FastifyReply,
  ) {
    return this.send('verify-email', q, al, r);
  }

  @Get('reset-password')
  @ApiOperation({ summary: 'Choose a new password after a reset request (HTML), and land signed in' })
  @ApiProduces('text/html')
  @ApiQuery(TOKEN_QUERY)
  @ApiQuery(LANG_QUERY)
  @ApiOkResponse(HTML_PAGE)
  resetPassword(
    @Query() q: Record<string, unknown>,
    @Headers('accept-language') al: string,
    @Res() r: FastifyReply,
  ) {
    return this.send('reset-password', q, al, r);
  }

  @Get('account.js')
  @ApiOperation({ summary: 'The account pages’ script (JavaScript)' })
  @ApiProduces('text/javascript')
  @ApiOkResponse({ description: 'A script', schema: { type: 'string', example: "'use strict';…" } })
  script(@Res() reply: FastifyReply) {
    return reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(ACCOUNT_SCRIPT);
  }

  private send(
    page: AccountPage,
    query: Record<string, unknown>,
    acceptLanguage: string,
    reply: FastifyReply,
  ) {
    const lang = accountLanguage(query.lang, acceptLanguage);
    const token = typeof query.token === 'string' ? query.token.slice(0, 200) : '';
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .header('content-language', lang === 'zh' ? 'zh-CN' : 'en')
      .header('vary', 'accept-language')
      .send(accountPage(page, lang, token));
  }
}
