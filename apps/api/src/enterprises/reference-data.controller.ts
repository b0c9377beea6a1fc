import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ReferenceData, ReferenceDataService } from '@app/reference-data';
import { Public } from '../auth/access.decorators';

class ReferenceEntryDto {
  @ApiProperty({ example: 'telecom' })
  code: string;
  @ApiProperty({ example: 'Telecommunications' })
  name: string;
  @ApiProperty({ example: '电信业' })
  nameZh: string;
}

class ReferenceDataDto implements ReferenceData {
  @ApiProperty({ type: [ReferenceEntryDto] })
  industries: ReferenceEntryDto[];
  @ApiProperty({ type: [ReferenceEntryDto] })
  organizationTypes: ReferenceEntryDto[];
  @ApiProperty({ type: [ReferenceEntryDto] })
  businessTypes: ReferenceEntryDto[];
}

@ApiTags('reference')
@Controller('reference-data')
@Public()
export class ReferenceDataController {
  constructor(private readonly reference: ReferenceDataService) {}

  @Get()
  @Header('cache-control', 'public, max-age=300')
  @ApiOperation({ summary: 'Industries, organisation types and business types, with Chinese names' })
  @ApiOkResponse({ type: ReferenceDataDto })
  all(): Promise<ReferenceDataDto> {
    return this.reference.all();
  }
}
