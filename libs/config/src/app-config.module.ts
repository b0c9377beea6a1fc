import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { parseEnvironment } from './environment';
import {
  authConfig,
  databaseConfig,
  documentsConfig,
  httpConfig,
  mailConfig,
  rankingsConfig,
  redisConfig,
  schedulesConfig,
} from './namespaces';

/**
 * Validates the environment once at boot (failing fast with the variable's name) and exposes namespaces.
 * A method, not a static `imports` list: ConfigModule.forRoot validates when it is called, and importing a
 * lib (a seed script does) must not demand a full environment.
 */
@Module({})
export class AppConfigModule {
  static forRoot(): DynamicModule {
    return {
      module: AppConfigModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          cache: true,
          ignoreEnvFile: process.env.NODE_ENV === 'test',
          validate: (raw) => parseEnvironment(raw as Record<string, string | undefined>),
          load: [
            httpConfig,
            databaseConfig,
            redisConfig,
            authConfig,
            rankingsConfig,
            schedulesConfig,
            mailConfig,
            documentsConfig,
          ],
        }),
      ],
    };
  }
}
