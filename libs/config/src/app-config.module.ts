import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { parseEnvironment } from './environment';
import { authConfig, databaseConfig, httpConfig, rankingsConfig, redisConfig } from './namespaces';

/** Validates the environment once at boot (failing fast with the variable's name) and exposes namespaces. */
@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      cache: true,
      ignoreEnvFile: process.env.NODE_ENV === 'test',
      validate: (raw) => parseEnvironment(raw as Record<string, string | undefined>),
      load: [httpConfig, databaseConfig, redisConfig, authConfig, rankingsConfig],
    }),
  ],
})
export class AppConfigModule {}
