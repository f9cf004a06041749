import { Stack } from '@mui/material';
import { TextInput } from 'react-admin';

/**
 * The "near" filter: a point and a search radius. The map fills it on a click; typing the
 * coordinates works as well (for a point read off another system).
 */
export const NearFilterInput = (_props: { source: 'near'; alwaysOn?: boolean }) => (
  <Stack direction="row" spacing={1} data-testid="near-filter">
    <TextInput
      source="near.lat"
      label="resources.serviceCenters.fields.location.lat"
      helperText={false}
      sx={{ width: 130 }}
    />
    <TextInput
      source="near.lng"
      label="resources.serviceCenters.fields.location.lng"
      helperText={false}
      sx={{ width: 130 }}
    />
    <TextInput
      source="near.radiusMeters"
      label="grassroots.map.searchRadius"
      helperText={false}
      sx={{ width: 130 }}
    />
  </Stack>
);
