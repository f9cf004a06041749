/** The console's resource of each record type the audit trail names. */
export const RESOURCE_OF: Record<string, string> = {
  Organization: 'organizations',
  ServiceCenter: 'serviceCenters',
  Project: 'projects',
  Account: 'accounts',
  Grid: 'grids',
  Member: 'members',
  Request: 'requests',
};
