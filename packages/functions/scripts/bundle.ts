// `npm run bundle`: the production bundle of the GraphQL handler, built as SST builds it.
import { join } from 'node:path';
import { bundleLambda, HANDLER_ENTRY, megabytes, OUT_DIR } from './build.ts';

const { file, bytes, startBytes, files } = await bundleLambda(HANDLER_ENTRY, join(OUT_DIR, 'api'));
console.log(
  `${file}: ${bytes} bytes (${megabytes(bytes)}) in ${files} files, ${megabytes(startBytes)} of it loaded at start`,
);
