import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import KeyIcon from '@mui/icons-material/Key';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useRef, useState } from 'react';
import { Button, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError.ts';
import type { GrassrootsDataProvider } from '../dataProvider/index.ts';

const DEFAULT_DAYS = 90;

/**
 * 签发令牌: a token for a client program's service account or a public page's account (which
 * reads only the disclosed requests of its scope). The API keeps no copy, so the dialog
 * shows it this once, with a copy button, and forgets it when closed.
 */
export const ServiceTokenButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<GrassrootsDataProvider>();
  const notifyError = useNotifyError();
  const field = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [days, setDays] = useState(String(DEFAULT_DAYS));
  const [token, setToken] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || record.kind === 'USER' || record.disabled) return null;
  const close = () => {
    setOpen(false);
    setToken(null);
    setCopied(false);
    setDays(String(DEFAULT_DAYS));
  };
  const issue = async () => {
    setBusy(true);
    try {
      setToken(await dataProvider.issueServiceToken(record.id, Number(days)));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    if (!token) return;
    // the clipboard API needs a secure context; elsewhere the selected text is one Ctrl-C away
    field.current?.select();
    try {
      await navigator.clipboard.writeText(token);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const validDays = /^\d+$/.test(days) && Number(days) >= 1 && Number(days) <= 366;
  return (
    <>
      <Button label="grassroots.accounts.issueToken" onClick={() => setOpen(true)}>
        <KeyIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
        <DialogTitle>
          {translate('grassroots.accounts.issueTokenTitle', { login: record.login })}
        </DialogTitle>
        <DialogContent>
          {token ? (
            <Stack spacing={2} sx={{ mt: 1 }}>
              <Alert severity="warning">{translate('grassroots.accounts.tokenOnce')}</Alert>
              <TextField
                inputRef={field}
                label={translate('grassroots.accounts.token')}
                value={token}
                multiline
                fullWidth
                slotProps={{
                  input: { readOnly: true, sx: { fontFamily: 'monospace', fontSize: 13 } },
                }}
                onFocus={(event) => event.target.select()}
              />
              {copied && (
                <Alert severity="success">{translate('grassroots.accounts.copied')}</Alert>
              )}
            </Stack>
          ) : (
            <TextField
              label={translate('grassroots.accounts.days')}
              type="number"
              value={days}
              onChange={(event) => setDays(event.target.value)}
              error={!validDays}
              helperText={translate('grassroots.accounts.daysRule')}
              slotProps={{ htmlInput: { min: 1, max: 366 } }}
              margin="normal"
            />
          )}
        </DialogContent>
        <DialogActions>
          {token ? (
            <>
              <Button label="grassroots.accounts.copy" onClick={copy} variant="contained">
                <ContentCopyIcon />
              </Button>
              <Button label="ra.action.close" onClick={close} />
            </>
          ) : (
            <>
              <Button label="ra.action.cancel" onClick={close} />
              <Button
                label="grassroots.accounts.issue"
                onClick={issue}
                disabled={!validDays || busy}
                variant="contained"
              />
            </>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
};
