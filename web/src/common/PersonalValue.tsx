import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useResourceContext, useTranslate } from 'react-admin';
import type { GrassrootsDataProvider, PersonalField } from '../dataProvider/index.ts';
import { useNotifyError } from './useNotifyError.ts';

/**
 * Personal information as the API sends it, masked (138****5678, 张*). Roles granted
 * personal information get "显示", which asks the API for it in clear; the API writes each
 * reveal to the audit trail, and the page says so beside the value. `holderId` is the
 * record holding the field (an organization, a grid's staff member, a member, a request),
 * `version` the version shown: a reloaded record shows masked again.
 */
export const PersonalValue = ({
  value,
  field,
  holderId,
  version,
  testId,
}: {
  value: string | null | undefined;
  field: PersonalField;
  holderId: string;
  version: number;
  testId?: string;
}) => {
  const translate = useTranslate();
  const resource = useResourceContext() ?? '';
  const dataProvider = useDataProvider<GrassrootsDataProvider>();
  const notifyError = useNotifyError();
  const { canAccess } = useCanAccess({ resource, action: 'reveal' });
  const key = `${holderId}@${version}`;
  const [revealed, setRevealed] = useState<{ key: string; value: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!value) return <Typography variant="body2">—</Typography>;
  const clear = revealed?.key === key ? revealed.value : null;
  const reveal = async () => {
    setBusy(true);
    try {
      setRevealed({ key, value: await dataProvider.revealPersonalInformation(field, holderId) });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <Typography variant="body2" data-testid={testId}>
        {clear ?? value}
      </Typography>
      {clear ? (
        <Typography variant="caption" color="text.secondary">
          {translate('grassroots.personal.revealed')}
        </Typography>
      ) : (
        canAccess && (
          <Button
            size="small"
            onClick={reveal}
            disabled={busy}
            startIcon={<VisibilityIcon fontSize="small" />}
          >
            {translate('grassroots.personal.reveal')}
          </Button>
        )
      )}
    </Stack>
  );
};
