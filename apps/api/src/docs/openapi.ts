import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Care Awards API')
    .setDescription(
      'Award campaigns, survey benchmarks, expert judging and public results for customer-care awards. ' +
        'Every error answers `{ statusCode, error, code, message, details?, requestId }`; `code` is stable (clients switch on it) and `details` names each bad field. ' +
        '`message` and `details[].message` are in the language `Accept-Language` asks for (`zh` or `en`, q-values honoured, anything else English); ' +
        'the answer says which in `Content-Language`, and `code` and `field` are the same in both.',
    )
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'x-api-key',
        description: 'A survey-partner key issued for one campaign',
      },
      'survey-partner-key',
    )
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Swagger UI at /docs and the raw document at /docs-json; both public and served from this host only. */
export function mountOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs-json',
    customSiteTitle: 'Care Awards API',
  });
}
