import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { CategoryFormsService } from '@app/entries';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import { BindEntryFormDto, FormInForceResponseDto } from './entry-forms.dto';

const PATH = 'campaigns/:campaignId/categories/:categoryId/entry-form';

/** Which entry form a category asks its entrants to fill. */
@ApiTags('entries')
@Controller()
export class CategoryEntryFormController {
  constructor(private readonly forms: CategoryFormsService) {}

  @Put(PATH)
  @Roles('organizer')
  @ApiOperation({
    summary: 'Ask a category’s entrants to fill this entry form (draft campaigns only)',
    description:
      'Replaces any form bound before. While the campaign is a draft the form’s latest version is in force; ' +
      'from registration on, the version that was latest when registration opened stays in force.',
  })
  @ApiOkResponse({ type: FormInForceResponseDto })
  @ApiErrors(400, 404, {
    409: 'The campaign has left draft (ENTRY_FORM_BINDING_FROZEN)',
    422: 'No such entry form (UNKNOWN_ENTRY_FORM)',
  })
  async bind(
    @UuidParam('campaignId') campaignId: string,
    @UuidParam('categoryId') categoryId: string,
    @Body() dto: BindEntryFormDto,
    @CurrentActor() actor: Actor,
  ): Promise<FormInForceResponseDto> {
    return FormInForceResponseDto.from(await this.forms.bind(campaignId, categoryId, dto.formId, actor));
  }

  @Delete(PATH)
  @HttpCode(204)
  @Roles('organizer')
  @ApiOperation({ summary: 'Ask a category’s entrants for no entry form (draft campaigns only)' })
  @ApiNoContentResponse({ description: 'The category asks for no form any more' })
  @ApiErrors(400, {
    404: 'No such campaign or category, or no form bound (NO_ENTRY_FORM)',
    409: 'The campaign has left draft',
  })
  async unbind(
    @UuidParam('campaignId') campaignId: string,
    @UuidParam('categoryId') categoryId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.forms.unbind(campaignId, categoryId, actor);
  }

  @Get(PATH)
  @Roles('organizer', 'enterprise')
  @ApiOperation({
    summary: 'The entry form a category asks for, at the version in force',
    description:
      'Enterprise users see it once the campaign has opened registration, as they see the campaign.',
  })
  @ApiOkResponse({ type: FormInForceResponseDto })
  @ApiErrors(400, { 404: 'No such campaign or category, or the category asks for no form (NO_ENTRY_FORM)' })
  async get(
    @UuidParam('campaignId') campaignId: string,
    @UuidParam('categoryId') categoryId: string,
    @CurrentActor() actor: Actor,
  ): Promise<FormInForceResponseDto> {
    return FormInForceResponseDto.from(await this.forms.get(campaignId, categoryId, actor));
  }
}
