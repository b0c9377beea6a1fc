import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Public } from '../auth/access.decorators';
import { webDirectory } from './web-directory';

/** Built files carry a content hash in their name: they never change, so browsers keep them for a year. */
const ASSET = /^assets\/[A-Za-z0-9_.-]+\.(js|css|woff2|svg|png)$/;

const NOT_BUILT =
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Care Awards</title>' +
  '<h1>The workspaces are not built</h1><p>Run <code>npm run build</code> (or <code>npm start</code>), then reload.</p>' +
  '<p lang="zh-CN">工作台尚未构建：请运行 <code>npm run build</code>（或 <code>npm start</code>）后刷新。</p></html>';

/**
 * The web workspaces for judges, enterprises and organizers: one application, served on the API's own
 * origin so it needs no CORS and lives under the API's CSP. Every address under /app that is not a built
 * file answers the application's page, which then routes in the browser. Public: the page holds no data;
 * every request it makes is authenticated by the API as any other.
 */
@ApiTags('web workspaces')
@Controller('app')
@Public()
export class WebAppController {
  private readonly root = webDirectory();

  @Get()
  @ApiOperation({
    summary: 'The web workspaces (HTML): sign in, then the judge, enterprise or organizer pages',
  })
  @ApiProduces('text/html')
  @ApiOkResponse({
    description: 'The application page',
    schema: { type: 'string', example: '<!doctype html>…' },
  })
  page(@Res() reply: FastifyReply) {
    return this.sendPage(reply);
  }

  @Get('*')
  @ApiOperation({
    summary: 'A workspace page or one of its built files',
    description:
      'Files under `assets/` are the built scripts and styles; any other address is a page of the application.',
  })
  @ApiParam({ name: '*', example: 'judge/rounds', description: 'the page or file under /app/' })
  @ApiProduces('text/html', 'text/javascript', 'text/css')
  @ApiOkResponse({ description: 'The application page, or a built file', schema: { type: 'string' } })
  fileOrPage(@Param('*') relative: string, @Res() reply: FastifyReply) {
    if (relative.startsWith('assets/')) {
      if (!ASSET.test(relative) || !existsSync(join(this.root, relative)))
        return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .sendFile(relative, this.root, { cacheControl: false });
    }
    return this.sendPage(reply);
  }

  private sendPage(reply: FastifyReply) {
    if (!existsSync(join(this.root, 'index.html')))
      return reply
        .code(503)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(NOT_BUILT);
    // The page names the current build's files: never cached, so a deploy reaches everyone at once.
    return reply
      .header('cache-control', 'no-cache')
      .header('referrer-policy', 'same-origin')
      .sendFile('index.html', this.root, { cacheControl: false });
  }
}
