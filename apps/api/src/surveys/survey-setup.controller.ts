import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { CampaignsService } from '@app/campaigns';
import { MethodologyService, PartnerKeysService } from '@app/surveys';
import { CurrentActor, Roles, SurveyPartnerAccess } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import {
  CreateMethodologyVersionDto,
  InstrumentResponseDto,
  IssuedPartnerKeyResponseDto,
  IssuePartnerKeyDto,
  MethodologyVersionResponseDto,
  PartnerKeyResponseDto,
  SetInstrumentDto,
} from './surveys.dto';

/** Methodology versions, campaign instruments and survey-partner keys: what organizers set up before the survey. */
@ApiTags('surveys')
@Controller()
export class SurveySetupController {
  constructor(
    private readonly methodology: MethodologyService,
    private readonly partnerKeys: PartnerKeysService,
    private readonly campaigns: CampaignsService,
  ) {}

  @Get('methodology-versions')
  @Roles('organizer')
  @ApiOperation({
    summary: 'Every methodology version (instrument and parameters); versions are never edited',
  })
  @ApiOkResponse({ type: [MethodologyVersionResponseDto] })
  async listVersions(): Promise<MethodologyVersionResponseDto[]> {
    return (await this.methodology.listVersions()).map((x) => MethodologyVersionResponseDto.from(x));
  }

  @Get('methodology-versions/:version')
  @Roles('organizer')
  @ApiOperation({ summary: 'One methodology version' })
  @ApiOkResponse({ type: MethodologyVersionResponseDto })
  @ApiErrors(404)
  async getVersion(@Param('version') version: string): Promise<MethodologyVersionResponseDto> {
    return MethodologyVersionResponseDto.from(await this.methodology.getVersion(version));
  }

  @Post('methodology-versions')
  @Roles('organizer')
  @ApiOperation({
    summary: 'Create a methodology version',
    description:
      'Immutable once created: a change of parameters is a new version, chosen in a campaign’s rules.',
  })
  @ApiCreatedResponse({ type: MethodologyVersionResponseDto })
  @ApiErrors(400, { 409: 'The version exists already' })
  async createVersion(
    @Body() dto: CreateMethodologyVersionDto,
    @CurrentActor() actor: Actor,
  ): Promise<MethodologyVersionResponseDto> {
    return MethodologyVersionResponseDto.from(await this.methodology.createVersion(dto, actor));
  }

  @Get('campaigns/:campaignId/instrument')
  @SurveyPartnerAccess()
  @ApiOperation({
    summary: 'The campaign’s survey instrument and methodology parameters',
    description: 'Survey partners read it with their key to know the item keys and scales.',
  })
  @ApiOkResponse({ type: InstrumentResponseDto })
  @ApiErrors(404)
  async instrument(@UuidParam('campaignId') campaignId: string): Promise<InstrumentResponseDto> {
    return InstrumentResponseDto.from(await this.methodology.inForce(campaignId));
  }

  @Put('campaigns/:campaignId/instrument')
  @Roles('organizer')
  @ApiOperation({
    summary: 'Give the campaign its own instrument (items) before the survey opens',
    description: 'Frozen from survey on: later edits are 409.',
  })
  @ApiOkResponse({ type: InstrumentResponseDto })
  @ApiErrors(400, 404, { 409: 'The campaign is in survey or later' })
  async setInstrument(
    @UuidParam('campaignId') campaignId: string,
    @Body() dto: SetInstrumentDto,
    @CurrentActor() actor: Actor,
  ): Promise<InstrumentResponseDto> {
    return InstrumentResponseDto.from(
      await this.methodology.setCampaignInstrument(campaignId, dto.items, actor),
    );
  }

  @Delete('campaigns/:campaignId/instrument')
  @Roles('organizer')
  @ApiOperation({
    summary: 'Go back to the methodology version’s default instrument (before the survey opens)',
  })
  @ApiOkResponse({ type: InstrumentResponseDto })
  @ApiErrors(404, { 409: 'The campaign is in survey or later' })
  async resetInstrument(
    @UuidParam('campaignId') campaignId: string,
    @CurrentActor() actor: Actor,
  ): Promise<InstrumentResponseDto> {
    return InstrumentResponseDto.from(await this.methodology.resetCampaignInstrument(campaignId, actor));
  }

  @Post('campaigns/:campaignId/partner-keys')
  @Roles('organizer')
  @ApiOperation({
    summary: 'Issue a survey-partner key for this campaign',
    description: 'The key is in the answer once; only its hash is kept. Send it as the x-api-key header.',
  })
  @ApiCreatedResponse({ type: IssuedPartnerKeyResponseDto })
  @ApiErrors(400, 404)
  async issueKey(
    @UuidParam('campaignId') campaignId: string,
    @Body() dto: IssuePartnerKeyDto,
    @CurrentActor() actor: Actor,
  ): Promise<IssuedPartnerKeyResponseDto> {
    await this.campaigns.get(campaignId, actor);
    return IssuedPartnerKeyResponseDto.fromIssued(await this.partnerKeys.issue(campaignId, dto.label, actor));
  }

  @Get('campaigns/:campaignId/partner-keys')
  @Roles('organizer')
  @ApiOperation({ summary: 'The campaign’s survey-partner keys (never the secrets)' })
  @ApiOkResponse({ type: [PartnerKeyResponseDto] })
  @ApiErrors(404)
  async listKeys(
    @UuidParam('campaignId') campaignId: string,
    @CurrentActor() actor: Actor,
  ): Promise<PartnerKeyResponseDto[]> {
    await this.campaigns.get(campaignId, actor);
    return (await this.partnerKeys.list(campaignId)).map((x) => PartnerKeyResponseDto.from(x));
  }

  @Post('campaigns/:campaignId/partner-keys/:keyId/revoke')
  @HttpCode(200)
  @Roles('organizer')
  @ApiOperation({ summary: 'Revoke a survey-partner key at once (idempotent)' })
  @ApiOkResponse({ type: PartnerKeyResponseDto })
  @ApiErrors(404)
  async revokeKey(
    @UuidParam('campaignId') campaignId: string,
    @UuidParam('keyId') keyId: string,
    @CurrentActor() actor: Actor,
  ): Promise<PartnerKeyResponseDto> {
    return PartnerKeyResponseDto.from(await this.partnerKeys.revoke(campaignId, keyId, actor));
  }
}
