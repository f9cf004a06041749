import PasswordIcon from '@mui/icons-material/Password';
import { Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { apiText } from '../common/apiText.ts';
import { useNotifyError } from '../common/useNotifyError.ts';
import { errorCode } from '../dataProvider/errors.ts';
import type { GrassrootsDataProvider } from '../dataProvider/index.ts';

/** 设置密码: an administrator gives a person's account a new password; its sessions end. */
export const SetPasswordButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<GrassrootsDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (record?.kind !== 'USER') return null;
  const close = () => {
    setOpen(false);
    setPassword('');
    setProblem(null);
  };
  const save = async () => {
    setSaving(true);
    try {
      await dataProvider.setAccountPassword(record.id, record.version, password);
      notify('grassroots.accounts.passwordSet', { type: 'success' });
      close();
      refresh();
    } catch (error) {
      const field = (error as { body?: { errors?: Record<string, string> } }).body?.errors
        ?.password;
      if (errorCode(error) === 'BAD_USER_INPUT' && field) setProblem(apiText(translate, field));
      else notifyError(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button label="grassroots.accounts.setPassword" onClick={() => setOpen(true)}>
        <PasswordIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="xs">
        <DialogTitle>
          {translate('grassroots.accounts.setPasswordTitle', { login: record.login })}
        </DialogTitle>
        <DialogContent>
          <TextField
            label={translate('grassroots.accounts.newPassword')}
            type="password"
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              setProblem(null);
            }}
            error={Boolean(problem)}
            helperText={problem ?? translate('grassroots.accounts.passwordRule')}
            autoComplete="new-password"
            margin="normal"
            fullWidth
            autoFocus
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={close} />
          <Button
            label="ra.action.save"
            onClick={save}
            disabled={!password || saving}
            variant="contained"
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
