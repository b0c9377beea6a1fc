import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { renderHomePage } from './home-page';

@ApiTags('public')
@Controller()
@Public()
export class PublicPageController {
  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'public, max-age=60')
  @ApiOperation({ summary: 'The public home page (HTML)' })
  @ApiProduces('text/html')
  @ApiOkResponse({
    description: 'An HTML page',
    schema: { type: 'string', example: '<!doctype html><html lang="en">…</html>' },
  })
  home(): string {
    return renderHomePage();
  }
}
