import { Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { LocaleDateField } from '../common/fields.tsx';
import { PersonalValue } from '../common/PersonalValue.tsx';
import { RecordActions } from '../common/RecordActions.tsx';
import { Commitments } from './Commitments.tsx';
import { MemberGridField, MemberOrganizationField } from './fields.tsx';

const Phone = (_props: { label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <PersonalValue
      value={record.phone}
      field="MEMBER_PHONE"
      holderId={String(record.id)}
      version={record.version}
      testId="member-phone"
    />
  );
};

export const MemberShow = () => (
  <Show actions={<RecordActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <Phone label="resources.members.fields.phone" />
      <MemberOrganizationField label="resources.members.fields.organizationId" />
      <MemberGridField label="resources.members.fields.gridId" />
      <LocaleDateField source="reportedAt" showTime emptyText="—" />
      <TextField source="post" emptyText="—" />
      <TextField source="duties" emptyText="—" />
      <Commitments label="resources.members.fields.commitments" />
      <LocaleDateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
