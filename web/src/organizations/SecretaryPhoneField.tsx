import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError.ts';
import type { GrassrootsDataProvider } from '../dataProvider/index.ts';

/**
 * The secretary's phone as the API sends it, masked (138****5678). Roles granted personal
 * information get "显示", which asks the API for it in clear; the API writes each reveal to
 * the audit trail, and the page says so beside the number.
 */
export const SecretaryPhoneField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<GrassrootsDataProvider>();
  const notifyError = useNotifyError();
  const { canAccess } = useCanAccess({ resource: 'organizations', action: 'reveal', record });
  // kept with the version it belongs to: a reloaded record shows masked again
  const [revealed, setRevealed] = useState<{ key: string; phone: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const masked: string | null | undefined = record?.secretary?.phone;
  if (!record || !masked) return <Typography variant="body2">—</Typography>;
  const key = `${record.id}@${record.version}`;
  const clear = revealed?.key === key ? revealed.phone : null;
  const reveal = async () => {
    setBusy(true);
    try {
      setRevealed({ key, phone: await dataProvider.revealSecretaryPhone(record.id) });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <Typography variant="body2" data-testid="secretary-phone">
        {clear ?? masked}
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
