import { writeFileSync } from 'node:fs';
import { schemaFile, schemaSDL } from './sdl.ts';

// Writes schema.graphql, the committed contract that clients read and a test compares.
writeFileSync(schemaFile, schemaSDL());
console.log(`wrote ${schemaFile}`);
