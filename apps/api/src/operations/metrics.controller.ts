import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, Res, UnauthorizedException } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { httpConfig } from '@app/config';
import { Public } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { HttpMessages, localizedException } from '../http/http-messages';
import { MetricsService } from './metrics.service';

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Prometheus scrapes this; with METRICS_TOKEN set it must send that token as a bearer token. */
@ApiTags('operations')
@Controller('metrics')
@Public()
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(httpConfig.KEY) private readonly http: ConfigType<typeof httpConfig>,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Prometheus metrics: HTTP latency by route, rows ingested and rejected, queue depths, job durations',
    description: 'Needs `Authorization: Bearer <METRICS_TOKEN>` when that variable is set.',
  })
  @ApiProduces('text/plain')
  @ApiOkResponse({
    schema: {
      type: 'string',
      example: 'care_survey_rows{outcome="accepted"} 1000000\ncare_aggregation_lag_seconds 0\n',
    },
  })
  @ApiErrors(401)
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const token = this.http.metricsToken;
    if (token && !sameText(authorization ?? '', `Bearer ${token}`)) {
      throw localizedException(UnauthorizedException, HttpMessages.metricsToken);
    }
    await reply.header('content-type', this.metrics.contentType).send(await this.metrics.text());
  }
}
