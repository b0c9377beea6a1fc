import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorResult, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { HttpMessages, localizedException } from '../http/http-messages';
import { RedisHealthIndicator } from './redis.health';

class LiveResponseDto {
  @ApiProperty({ example: 'ok' })
  status: 'ok';
}

class ReadyResponseDto {
  @ApiProperty({ example: 'ok' })
  status: 'ok';

  @ApiProperty({
    example: { database: { status: 'up' }, redis: { status: 'up', latencyMs: 1 } },
    description: 'one entry per dependency',
  })
  checks: HealthIndicatorResult;
}

@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up (no dependency is checked)' })
  @ApiOkResponse({ type: LiveResponseDto })
  live(): LiveResponseDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'PostgreSQL and Redis both answer; 503 naming the one that does not' })
  @ApiOkResponse({ type: ReadyResponseDto })
  @ApiErrors(503)
  async ready(): Promise<ReadyResponseDto> {
    try {
      const result = await this.health.check([
        () => this.database.pingCheck('database', { timeout: 1000 }),
        () => this.redis.pingCheck('redis'),
      ]);
      return { status: 'ok', checks: result.details };
    } catch (error) {
      const failed = ((error as ServiceUnavailableException).getResponse?.() ?? {}) as {
        error?: Record<string, { message?: string }>;
      };
      const details = Object.entries(failed.error ?? {}).map(([field, info]) => ({
        field,
        message: HttpMessages.dependencyDown(info.message),
      }));
      throw localizedException(
        ServiceUnavailableException,
        HttpMessages.notReady(details.map((d) => d.field)),
        { details },
      );
    }
  }
}
