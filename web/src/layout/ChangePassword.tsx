import PasswordIcon from '@mui/icons-material/Password';
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  ListItemIcon,
  ListItemText,
  MenuItem,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import {
  Button,
  useAuthProvider,
  useDataProvider,
  useNotify,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { useAccount } from '../auth/useAccount.ts';
import { apiFieldTexts } from '../common/apiText.ts';
import { useNotifyError } from '../common/useNotifyError.ts';
import { errorCode } from '../dataProvider/errors.ts';
import type { GrassrootsDataProvider } from '../dataProvider/index.ts';

/** 修改密码 in the user menu, for people (a service account has no password). */
export const ChangePasswordItem = ({ onOpen }: { onOpen: () => void }) => {
  const translate = useTranslate();
  const account = useAccount();
  const userMenu = useUserMenu();
  if (account?.kind !== 'USER') return null;
  return (
    <MenuItem
      onClick={() => {
        userMenu?.onClose();
        onOpen();
      }}
    >
      <ListItemIcon>
        <PasswordIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('grassroots.password.change')}</ListItemText>
    </MenuItem>
  );
};

type Field = 'oldPassword' | 'newPassword' | 'repeat';

/**
 * The signed-in person's new password. The API ends every session of the account when it
 * changes, this tab's too, so the console logs in again with the new password at once.
 */
export const ChangePasswordDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const account = useAccount();
  const authProvider = useAuthProvider();
  const dataProvider = useDataProvider<GrassrootsDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const [values, setValues] = useState<Record<Field, string>>({
    oldPassword: '',
    newPassword: '',
    repeat: '',
  });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [saving, setSaving] = useState(false);
  const close = () => {
    setValues({ oldPassword: '', newPassword: '', repeat: '' });
    setProblems({});
    onClose();
  };
  const save = async () => {
    if (values.newPassword !== values.repeat) {
      setProblems({ repeat: translate('grassroots.password.mismatch') });
      return;
    }
    if (!account || !authProvider) return;
    setSaving(true);
    try {
      await dataProvider.changeOwnPassword(values.oldPassword, values.newPassword);
      await authProvider.login({ username: account.login, password: values.newPassword });
      notify('grassroots.password.changed', { type: 'success' });
      close();
    } catch (error) {
      const fields = (error as { body?: { errors?: Record<string, string> } }).body?.errors;
      if (errorCode(error) === 'BAD_USER_INPUT' && fields)
        setProblems(apiFieldTexts(translate, fields));
      else notifyError(error);
    } finally {
      setSaving(false);
    }
  };
  const input = (field: Field, autoComplete: string) => (
    <TextField
      label={translate(`grassroots.password.${field}`)}
      type="password"
      value={values[field]}
      onChange={(event) => {
        setValues({ ...values, [field]: event.target.value });
        setProblems({ ...problems, [field]: undefined });
      }}
      error={Boolean(problems[field])}
      helperText={
        problems[field] ??
        (field === 'newPassword' ? translate('grassroots.accounts.passwordRule') : ' ')
      }
      autoComplete={autoComplete}
      margin="dense"
      fullWidth
    />
  );
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="xs">
      <DialogTitle>{translate('grassroots.password.change')}</DialogTitle>
      <DialogContent>
        {input('oldPassword', 'current-password')}
        {input('newPassword', 'new-password')}
        {input('repeat', 'new-password')}
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={close} />
        <Button
          label="ra.action.save"
          onClick={save}
          disabled={saving || !values.oldPassword || !values.newPassword || !values.repeat}
          variant="contained"
        />
      </DialogActions>
    </Dialog>
  );
};
