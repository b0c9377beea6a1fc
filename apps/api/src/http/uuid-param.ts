import { Param, ParseIntPipe, ParseUUIDPipe } from '@nestjs/common';
import { HttpMessages } from './http-messages';
import { RequestValidationException } from './validation-errors';

/** A path parameter that must be a UUID; a bad one is a 400 naming the parameter, never a database error. */
export const UuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new RequestValidationException([{ field: name, message: HttpMessages.mustBeUuid(name) }]),
    }),
  );

/** A path parameter that must be a positive whole number (a version number, say); a bad one is a 400. */
export const PositiveIntParam = (name: string) =>
  Param(
    name,
    new ParseIntPipe({
      exceptionFactory: () =>
        new RequestValidationException([{ field: name, message: HttpMessages.mustBePositiveInt(name) }]),
    }),
  );
