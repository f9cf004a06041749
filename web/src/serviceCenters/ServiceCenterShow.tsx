import {
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
  useRecordContext,
} from 'react-admin';
import { LocaleDateField, LocaleNumberField } from '../common/fields.tsx';
import { RecordActions } from '../common/RecordActions.tsx';
import { BaseMap } from '../map/BaseMap.tsx';
import { FitBounds } from '../map/FitBounds.tsx';
import { KINDS, STATUSES } from './CenterColumns.tsx';
import { CenterMarkers, hasLocation } from './CenterMarkers.tsx';

const CenterMap = () => {
  const record = useRecordContext();
  if (!record || !hasLocation(record)) return null;
  return (
    <BaseMap testId="center-map" height={280}>
      <FitBounds points={[[record.location.lat, record.location.lng]]} />
      <CenterMarkers records={[record]} />
    </BaseMap>
  );
};

export const ServiceCenterShow = () => (
  <Show actions={<RecordActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="kind" choices={KINDS} />
      <SelectField source="status" choices={STATUSES} />
      <ReferenceField source="organizationId" reference="organizations" link="show" />
      <TextField source="address" />
      <LocaleNumberField source="location.lat" />
      <LocaleNumberField source="location.lng" />
      <LocaleNumberField source="radiusMeters" />
      <CenterMap />
      <TextField source="openingHours" emptyText="—" />
      <TextField source="layout" emptyText="—" />
      <TextArrayField source="services" />
      <LocaleDateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
