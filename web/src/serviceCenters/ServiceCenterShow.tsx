import {
  DeleteWithConfirmButton,
  EditButton,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { LocaleDateField, LocaleNumberField } from '../common/fields.tsx';
import { useNotifyError } from '../common/useNotifyError.ts';
import { BaseMap } from '../map/BaseMap.tsx';
import { FitBounds } from '../map/FitBounds.tsx';
import { KINDS, STATUSES } from './CenterColumns.tsx';
import { CenterMarkers, hasLocation } from './CenterMarkers.tsx';

const Actions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteWithConfirmButton mutationOptions={{ onError: useNotifyError() }} />
  </TopToolbar>
);

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
  <Show actions={<Actions />}>
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
