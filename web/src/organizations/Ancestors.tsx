import { Breadcrumbs, Typography } from '@mui/material';
import { Link, type RaRecord, useCreatePath, useRecordContext } from 'react-admin';

/** Where the organization stands: its ancestors from the root, each a link. */
export const Ancestors = () => {
  const record = useRecordContext();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <Breadcrumbs sx={{ px: 2, pt: 2 }} aria-label="breadcrumb" data-testid="ancestors">
      {(record.ancestors as RaRecord[] | undefined)?.map((ancestor) => (
        <Link
          key={ancestor.id}
          to={createPath({ resource: 'organizations', id: ancestor.id, type: 'show' })}
        >
          {ancestor.name}
        </Link>
      ))}
      <Typography color="text.primary">{record.name}</Typography>
    </Breadcrumbs>
  );
};
