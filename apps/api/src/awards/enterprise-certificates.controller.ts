import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { EnterpriseCertificatesService } from '@app/awards';
import type { Actor } from '@app/common';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';

const CODE = 'K7Q2-9XMB-4T1D-H8VR';

class CertificateCategoryDto {
  @ApiProperty({ example: 'Best Call Center of the Year' }) name: string;
  @ApiProperty({ example: '中国最佳呼叫中心', nullable: true, type: String }) nameZh: string | null;
}

class CertificateIndustryDto {
  @ApiProperty({ example: 'telecom' }) code: string;
  @ApiProperty({ example: 'Telecommunications' }) name: string;
  @ApiProperty({ example: '电信', nullable: true, type: String }) nameZh: string | null;
}

export class EnterpriseCertificateDto {
  @ApiProperty({
    example: CODE,
    description: 'The certificate code; it proves the certificate was issued here',
  })
  code: string;
  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }) categoryId: string;
  @ApiProperty({ type: CertificateCategoryDto }) category: CertificateCategoryDto;
  @ApiProperty({
    type: CertificateIndustryDto,
    nullable: true,
    description: 'The industry of a per-industry award; null for an award across industries',
  })
  industry: CertificateIndustryDto | null;
  @ApiProperty({
    example: 'Shanghai Huaxin Customer Service Co., Ltd.',
    description: 'The enterprise as the certificate names it: its verified identity at the announcement',
  })
  enterpriseName: string;
  @ApiProperty({ example: false, description: 'True when the award was shared by joint winners' })
  jointWinners: boolean;
  @ApiProperty({ example: '2027-12-10T02:00:00.000Z' }) issuedAt: string;
  @ApiProperty({
    example: `/certificates/${CODE}`,
    description: 'The public certificate page (HTML; add ?lang=zh for Chinese), to open, print or share',
  })
  pageUrl: string;
  @ApiProperty({ example: `/public/certificates/${CODE}`, description: 'Its JSON verification' })
  verifyUrl: string;
}

/** An enterprise's own certificates, for its members' workspace. */
@ApiTags('awards')
@Controller('campaigns/:campaignId/enterprises/:enterpriseId')
export class EnterpriseCertificatesController {
  constructor(private readonly certificates: EnterpriseCertificatesService) {}

  @Get('certificates')
  @Roles('organizer', 'enterprise')
  @ApiOperation({
    summary: 'The enterprise’s certificates in the campaign, with the addresses of their pages',
    description:
      'One per award and industry the enterprise won, issued by the announcement: before it the list is empty. ' +
      'Members of the enterprise see its own; another enterprise answers 404, as one that does not exist.',
  })
  @ApiOkResponse({ type: [EnterpriseCertificateDto] })
  @ApiErrors(404)
  list(
    @UuidParam('campaignId') campaignId: string,
    @UuidParam('enterpriseId') enterpriseId: string,
    @CurrentActor() actor: Actor,
  ): Promise<EnterpriseCertificateDto[]> {
    return this.certificates.list(campaignId, enterpriseId, actor);
  }
}
