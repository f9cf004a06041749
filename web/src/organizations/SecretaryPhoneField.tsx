import { useRecordContext } from 'react-admin';
import { PersonalValue } from '../common/PersonalValue.tsx';

/** The secretary's phone, masked, with the audited "显示" for roles granted it. */
export const SecretaryPhoneField = (_props: { label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <PersonalValue
      value={record.secretary?.phone}
      field="SECRETARY_PHONE"
      holderId={String(record.id)}
      version={record.version}
      testId="secretary-phone"
    />
  );
};
