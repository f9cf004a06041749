import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { type PartyRole, partiesOf } from './parties.ts';

/**
 * A project's parties of one role: those in the account's scope open their organization, the
 * others are named only, so a partner sees who leads and a lead sees all its partners.
 */
export const PartyChips = ({ of }: { of: PartyRole; label?: string }) => {
  const record = useRecordContext();
  const createPath = useCreatePath();
  const translate = useTranslate();
  const parties = partiesOf(record, of);
  if (!parties.length) return <Typography variant="body2">—</Typography>;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }} data-testid={`parties-${of}`}>
      {parties.map((p) =>
        p.inScope ? (
          <Chip
            key={p.id}
            component={Link}
            to={createPath({ resource: 'organizations', id: p.id, type: 'show' })}
            clickable
            size="small"
            label={p.name}
          />
        ) : (
          <Tooltip key={p.id} title={translate('grassroots.projects.outOfScope')} placement="right">
            <Chip size="small" variant="outlined" label={p.name} />
          </Tooltip>
        ),
      )}
    </Stack>
  );
};
