import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { JudgesService } from '@app/judging';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import {
  AddedConflictResponseDto,
  ConflictDto,
  ConflictResponseDto,
  JudgeProfileDto,
  JudgeResponseDto,
} from './judges.dto';

/** Organizers' view of the judges: profiles (expertise, affiliation history) and conflicts of interest. */
@ApiTags('judging')
@Controller('judges')
export class JudgesController {
  constructor(private readonly judges: JudgesService) {}

  @Get()
  @Roles('organizer')
  @ApiOperation({
    summary: 'Every judge account with its profile (judge accounts are created with POST /users)',
  })
  @ApiOkResponse({ type: [JudgeResponseDto] })
  list() {
    return this.judges.list();
  }

  @Get(':judgeId')
  @Roles('organizer')
  @ApiOperation({ summary: 'One judge and its profile' })
  @ApiOkResponse({ type: JudgeResponseDto })
  @ApiErrors(404)
  get(@UuidParam('judgeId') judgeId: string) {
    return this.judges.get(judgeId);
  }

  @Put(':judgeId/profile')
  @Roles('organizer')
  @ApiOperation({
    summary: 'Set a judge’s expertise and affiliation history',
    description:
      'Affiliations (employers and clients, with years) are matched against entrants by credit code and by ' +
      'name: a tie within the last 3 years is a conflict. An assignment it makes conflicted ends at once.',
  })
  @ApiOkResponse({ type: JudgeResponseDto })
  @ApiErrors(400, 404)
  saveProfile(
    @UuidParam('judgeId') judgeId: string,
    @Body() dto: JudgeProfileDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.judges.saveProfile(
      judgeId,
      { ...dto, affiliations: dto.affiliations.map((a) => ({ ...a, toYear: a.toYear ?? null })) },
      actor,
    );
  }

  @Get(':judgeId/conflicts')
  @Roles('organizer')
  @ApiOperation({ summary: 'The judge’s declared and recorded conflicts' })
  @ApiOkResponse({ type: [ConflictResponseDto] })
  @ApiErrors(404)
  async conflicts(@UuidParam('judgeId') judgeId: string) {
    await this.judges.get(judgeId);
    return this.judges.conflictsOf(judgeId);
  }

  @Post(':judgeId/conflicts')
  @Roles('organizer')
  @ApiOperation({
    summary:
      'Record a conflict of interest for a judge (unfinished assignments to the enterprise end; submitted ' +
      'sheets keep counting, flagged until an organizer decides)',
  })
  @ApiCreatedResponse({ type: AddedConflictResponseDto })
  @ApiErrors(400, 404)
  record(@UuidParam('judgeId') judgeId: string, @Body() dto: ConflictDto, @CurrentActor() actor: Actor) {
    return this.judges.addConflict(judgeId, dto.enterpriseId, dto.reason, actor);
  }
}
