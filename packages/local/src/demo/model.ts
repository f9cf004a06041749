import type {
  CenterKind,
  CenterStatus,
  HonourLevel,
  OrganizationType,
  ProjectKind,
  ProjectStatus,
} from '@grassroots/core';

/** A service center as the demo data writes it: the owner is the organization it sits in. */
export interface DemoCenter {
  name: string;
  kind: CenterKind;
  address: string;
  lat: number;
  lng: number;
  status?: CenterStatus;
  openingHours?: string;
  services?: string[];
  layout?: string;
}

/** An organization and what hangs under it. `key` lets projects refer to it. */
export interface DemoOrganization {
  key?: string;
  name: string;
  type: OrganizationType;
  divisionCode: string;
  secretary?: { name: string; phone?: string };
  memberCount?: number;
  standardized?: boolean;
  starRating?: number;
  honours?: { title?: string; level: HonourLevel; year: number }[];
  oneShoulder?: boolean;
  centers?: DemoCenter[];
  children?: DemoOrganization[];
}

export interface DemoProject {
  title: string;
  kind: ProjectKind;
  lead: string;
  partners?: string[];
  served?: string[];
  responsibleLeader?: string;
  funds?: number;
  startDate?: string;
  dueDate?: string;
  status: ProjectStatus;
  beneficiaryHouseholds?: number;
  commitment?: string;
  description?: string;
  notes?: string[];
}
