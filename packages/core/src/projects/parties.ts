import { inScope } from '../auth/scope.ts';
import { loadExisting } from '../loaders.ts';
import type { OrganizationType } from '../organizations/types.ts';
import type { Session } from '../session.ts';
import type { Project } from './model.ts';

/** An organization taking part in a project, as every reader of the project may know it. */
export interface ProjectParty {
  id: string;
  name: string;
  type: OrganizationType;
  /** Whether the caller may open the organization itself. */
  inScope: boolean;
}

export interface ProjectParties {
  lead: ProjectParty | null;
  partners: ProjectParty[];
  served: ProjectParty[];
}

/**
 * Who takes part in a project the caller may see, by name: the lead, the partners (联建单位)
 * and the organizations served, those outside the caller's scope too. A partner knows who
 * leads what it helps build, and a lead knows all its partners. The caller's reads of the
 * organizations themselves still stop at its scope; `inScope` says which it may open.
 */
export async function projectParties(session: Session, project: Project): Promise<ProjectParties> {
  const ids = [project.leadOrganizationId, ...project.partnerIds, ...project.servedOrganizationIds];
  const found = await loadExisting(session.loaders.organizations, ids);
  const byId = new Map(
    found.map((o) => [
      o.id,
      { id: o.id, name: o.name, type: o.type, inScope: inScope(session, o.path) },
    ]),
  );
  const parties = (list: string[]) => list.flatMap((id) => byId.get(id) ?? []);
  return {
    lead: byId.get(project.leadOrganizationId) ?? null,
    partners: parties(project.partnerIds),
    served: parties(project.servedOrganizationIds),
  };
}
