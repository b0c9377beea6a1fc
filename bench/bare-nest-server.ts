/**
 * The public-results benchmark's baseline: a bare Nest application on Fastify with one route that returns a
 * constant object (read from BARE_BODY_FILE), serialised by Nest on every request as any handler's result is.
 * No guards, pipes, filters, helmet or database: the floor a real route is compared with. `/bytes` sends the
 * same body pre-serialised, the lowest floor there is.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { Controller, Get, Header, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { exitOnFailure } from '@app/common';

const bytes = readFileSync(process.env.BARE_BODY_FILE as string);
const constant: unknown = JSON.parse(bytes.toString('utf8'));

@Controller()
class ConstantController {
  @Get('constant')
  constant(): unknown {
    return constant;
  }

  /** The same body already serialised: the absolute floor, for reading how much the project's route adds. */
  @Get('bytes')
  @Header('content-type', 'application/json; charset=utf-8')
  bytes(): Buffer {
    return bytes;
  }
}

@Module({ controllers: [ConstantController] })
class BareModule {}

async function main() {
  const app = await NestFactory.create<NestFastifyApplication>(BareModule, new FastifyAdapter(), {
    logger: false,
  });
  await app.listen(Number(process.env.PORT), '127.0.0.1');
}

main().catch((error: unknown) => exitOnFailure(error, '[bare-nest] failed: '));
