import { builder } from './builder.ts';
import './types/scalars.ts';
import './types/enums.ts';
import './types/stats.ts';
import './types/organization.ts';
import './types/service-center.ts';
import './types/project.ts';
import './types/account.ts';
import './types/audit.ts';
import './types/governance-enums.ts';
import './types/governance-stats.ts';
import './types/grid.ts';
import './types/member.ts';
import './types/request.ts';
import './types/public-request.ts';

/** The schema: the type modules above register themselves on the builder. */
export const schema = builder.toSchema({ sortSchema: false });
