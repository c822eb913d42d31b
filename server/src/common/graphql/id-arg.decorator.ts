import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';

/** An ID argument that must be a UUID; anything else is BAD_USER_INPUT before the database sees it. */
export const IdArg = (name: string) => Args(name, { type: () => ID }, new ParseUUIDPipe({ version: undefined }));
