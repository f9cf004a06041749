import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import {
  type RaRecord,
  useCanAccess,
  useDataProvider,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { apiText } from '../common/apiText.ts';
import { useNotifyError } from '../common/useNotifyError.ts';
import type { GrassrootsDataProvider } from '../dataProvider/index.ts';
import { CommitmentStatusChip } from './fields.tsx';

interface Commitment {
  id: string;
  text: string;
  dueDate: string | null;
  status: 'PLEDGED' | 'IN_PROGRESS' | 'FULFILLED' | 'DROPPED';
  allowedNextStatuses: Commitment['status'][];
}

/** One commitment, its status, and the statuses it may move to for those who may write. */
const Row = ({ member, commitment }: { member: RaRecord; commitment: Commitment }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<GrassrootsDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const { canAccess = false } = useCanAccess({
    resource: 'members',
    action: 'edit',
    record: member,
  });
  const move = async (status: Commitment['status']) => {
    setBusy(true);
    try {
      await dataProvider.updateMemberCommitment(commitment.id, member.version, { status });
      notify('grassroots.members.commitmentChanged', { type: 'success' });
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box component="li" sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
        <CommitmentStatusChip status={commitment.status} />
        <Typography sx={{ flex: 1, minWidth: 200 }}>{commitment.text}</Typography>
        {commitment.dueDate && (
          <Typography variant="caption" color="text.secondary">
            {`${translate('resources.members.fields.dueDate')} ${new Date(commitment.dueDate).toLocaleDateString(locale)}`}
          </Typography>
        )}
        {canAccess &&
          commitment.allowedNextStatuses.map((status) => (
            <Button key={status} size="small" disabled={busy} onClick={() => move(status)}>
              {translate('grassroots.members.moveTo', {
                status: translate(`enums.CommitmentStatus.${status}`),
              })}
            </Button>
          ))}
      </Stack>
    </Box>
  );
};

const AddCommitment = ({ member }: { member: RaRecord }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GrassrootsDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [text, setText] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const add = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await dataProvider.addMemberCommitment(member.id, member.version, {
        text,
        dueDate: dueDate || null,
      });
      setText('');
      setDueDate('');
      notify('grassroots.members.commitmentAdded', { type: 'success' });
      refresh();
    } catch (error) {
      const errors = (error as { body?: { errors?: Record<string, string> } }).body?.errors;
      const refused = errors?.text ?? errors?.dueDate;
      if (refused) setProblem(apiText(translate, refused));
      else notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack direction="row" spacing={1} alignItems="flex-start" sx={{ mt: 2, width: '100%' }}>
      <TextField
        label={translate('resources.members.fields.text')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={Boolean(problem)}
        helperText={problem}
        sx={{ flex: 1, maxWidth: 480 }}
      />
      <TextField
        type="date"
        label={translate('resources.members.fields.dueDate')}
        value={dueDate}
        onChange={(event) => setDueDate(event.target.value)}
        InputLabelProps={{ shrink: true }}
        sx={{ width: 180 }}
      />
      <Button
        variant="contained"
        onClick={add}
        disabled={busy || !text.trim()}
        sx={{ whiteSpace: 'nowrap' }}
      >
        {translate('grassroots.members.addCommitment')}
      </Button>
    </Stack>
  );
};

/**
 * 履责践诺: the member's commitments with their status (已承诺 → 践诺中 → 已践诺, or 未践诺),
 * moved along the steps the API allows, and a box to add one, for those who may write.
 * Each change carries the member's version, so two people changing it at once meet a CONFLICT.
 */
export const Commitments = (_props: { label?: string }) => {
  const member = useRecordContext();
  const translate = useTranslate();
  const { canAccess = false } = useCanAccess({
    resource: 'members',
    action: 'edit',
    record: member,
  });
  if (!member) return null;
  const commitments = (member.commitments ?? []) as Commitment[];
  return (
    <Box>
      {commitments.length === 0 ? (
        <Typography color="text.secondary">
          {translate('grassroots.members.noCommitments')}
        </Typography>
      ) : (
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="commitments">
          {commitments.map((commitment) => (
            <Row key={commitment.id} member={member} commitment={commitment} />
          ))}
        </Box>
      )}
      {canAccess && <AddCommitment member={member} />}
    </Box>
  );
};
