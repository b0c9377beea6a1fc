import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { WorkerCheckService } from './worker-check.service';

class WorkerCheckResponseDto {
  @ApiProperty({ example: 'worker-host:4711', description: 'which worker process answered' })
  worker: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-01T08:00:00.000Z' })
  requestedAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-01T08:00:00.012Z' })
  processedAt: string;

  @ApiProperty({ example: 14, description: 'milliseconds from enqueue to answer' })
  roundTripMs: number;
}

@ApiTags('system')
@Controller('system')
@Roles('organizer')
export class SystemController {
  constructor(private readonly workerCheck: WorkerCheckService) {}

  @Post('worker-check')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send a probe job through the queue and wait for a worker to answer it',
    description: '503 with Retry-After when Redis is away or no worker answers within 5 s.',
  })
  @ApiOkResponse({ type: WorkerCheckResponseDto })
  @ApiErrors(503)
  check(@CurrentActor() actor: Actor): Promise<WorkerCheckResponseDto> {
    return this.workerCheck.check(actor);
  }
}
