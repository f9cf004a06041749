import { TREE } from '../db/tables.ts';
import { CELL_PRECISION, encodeGeohash } from '../geo/geohash.ts';
import type { CenterKind, CenterStatus } from './types.ts';

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface ServiceCenter {
  id: string;
  name: string;
  kind: CenterKind;
  organizationId: string;
  /** The owning organization's path, copied so subtree queries need no join. */
  orgPath: string;
  address: string;
  location: GeoPoint;
  radiusMeters: number;
  openingHours: string | null;
  services: string[];
  /** Layout model such as 一厅六区多元. */
  layout: string | null;
  status: CenterStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}

type Item = Record<string, unknown>;

export function centerToItem(center: ServiceCenter): Item {
  const geohash = encodeGeohash(center.location.lat, center.location.lng);
  const { openingHours, layout, ...rest } = center;
  return {
    ...rest,
    tree: TREE,
    geohash,
    cell: geohash.slice(0, CELL_PRECISION),
    ...(openingHours !== null ? { openingHours } : {}),
    ...(layout !== null ? { layout } : {}),
  };
}

export function centerFromItem(item: Item): ServiceCenter {
  return {
    id: item.id as string,
    name: item.name as string,
    kind: item.kind as CenterKind,
    organizationId: item.organizationId as string,
    orgPath: item.orgPath as string,
    address: item.address as string,
    location: item.location as GeoPoint,
    radiusMeters: item.radiusMeters as number,
    openingHours: (item.openingHours as string | undefined) ?? null,
    services: (item.services as string[] | undefined) ?? [],
    layout: (item.layout as string | undefined) ?? null,
    status: item.status as CenterStatus,
    version: item.version as number,
    createdAt: item.createdAt as string,
    updatedAt: item.updatedAt as string,
  };
}
