/** The raw id inside a Relay global id (base64 of `Type:id`), for the core's functions and tables. */
export const rawId = (globalId: string) =>
  Buffer.from(globalId, 'base64').toString('utf8').split(':')[1] ?? '';
