import { Stack, Typography } from '@mui/material';
import { type RaRecord, ReferenceField, useTranslate } from 'react-admin';
import { RESOURCE_OF } from './recordTypes.ts';

/**
 * What an entry is about: the record type, and the record's name linked to its page while
 * it exists and lies in the caller's scope (a deleted record keeps only its type).
 */
export const RecordCell = ({ record }: { record: Partial<RaRecord> }) => {
  const translate = useTranslate();
  const type = String(record.recordType);
  const resource = RESOURCE_OF[type];
  return (
    <Stack>
      <Typography variant="caption" color="text.secondary">
        {translate(`grassroots.audit.recordTypes.${type}`, { _: type })}
      </Typography>
      {resource && (
        <ReferenceField
          source="recordId"
          reference={resource}
          link={resource === 'accounts' ? 'edit' : 'show'}
          emptyText="—"
        />
      )}
    </Stack>
  );
};
