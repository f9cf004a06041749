export { schema } from './schema.ts';
export { schemaFile, schemaSDL } from './sdl.ts';
export { type ApiOptions, createYoga } from './yoga.ts';
