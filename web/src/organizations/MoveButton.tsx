import DriveFileMoveIcon from '@mui/icons-material/DriveFileMove';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  type RaRecord,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { apiText } from '../common/apiText.ts';
import { OrganizationPicker } from '../common/OrganizationPicker.tsx';
import { useNotifyError } from '../common/useNotifyError.ts';
import type { GrassrootsDataProvider } from '../dataProvider/index.ts';

/**
 * Moves the organization (and its subtree) under another parent. Only parents whose type
 * may hold this one's are offered; the API still checks, and its answer on the new parent
 * shows under the field.
 */
export const MoveButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<GrassrootsDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [parent, setParent] = useState<RaRecord | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'organizations', action: 'move', record });
  if (!record || !canAccess || record.type === 'CITY_COMMITTEE') return null;
  const close = () => {
    setOpen(false);
    setParent(null);
    setProblem(null);
  };
  const move = async () => {
    if (!parent) return;
    setSaving(true);
    try {
      await dataProvider.moveOrganization(record.id, record.version, parent.id);
      notify('grassroots.organizations.moved', { type: 'success' });
      close();
      refresh();
    } catch (error) {
      const fieldError = (error as { body?: { errors?: Record<string, string> } }).body?.errors
        ?.parentId;
      if (fieldError) setProblem(apiText(translate, fieldError));
      else notifyError(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button label="grassroots.organizations.move" onClick={() => setOpen(true)}>
        <DriveFileMoveIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
        <DialogTitle>
          {translate('grassroots.organizations.moveTitle', { name: record.name })}
        </DialogTitle>
        <DialogContent>
          <OrganizationPicker
            offer={(o) =>
              o.id !== record.id &&
              o.id !== record.parentId &&
              (o.allowedChildTypes as string[]).includes(record.type)
            }
            value={parent}
            onChange={(value) => {
              setParent(value);
              setProblem(null);
            }}
            label={translate('grassroots.organizations.newParent')}
            hint={translate('grassroots.organizations.moveHint')}
            error={problem}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={close} />
          <Button
            label="grassroots.organizations.move"
            onClick={move}
            disabled={!parent || saving}
            variant="contained"
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
