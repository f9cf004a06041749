import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
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
import { apiFieldTexts, apiText } from '../common/apiText.ts';
import { EVALUATIONS } from '../common/choices.ts';
import { OrganizationPicker } from '../common/OrganizationPicker.tsx';
import type { ApiErrorBody } from '../dataProvider/errors.ts';
import type { GrassrootsDataProvider } from '../dataProvider/index.ts';

/** The label of a step: reopening a resolved request reads differently from starting one. */
const actionKey = (from: string, to: string) =>
  `grassroots.requests.actions.${from === 'RESOLVED' && to === 'IN_PROGRESS' ? 'reopen' : to}`;

/** Inputs of the dialog, whose refusals show under them. */
const STEP_FIELDS = ['note', 'reason', 'toOrganizationId', 'evaluation', 'evaluationComment'];

interface Problem {
  /** The console's sentence for the code and the server's own, which names the allowed steps. */
  message: string;
  fields: Record<string, string>;
}

/**
 * One step in a small dialog: a note for every step, a required reason to escalate, the
 * organization to hand it down to, the resident's evaluation to close. A refusal is shown
 * in the dialog as it came: a step the status no longer allows (someone acted first:
 * BAD_USER_INPUT naming the allowed ones, or CONFLICT), a missing reason, organization or
 * evaluation under its field.
 */
const StepDialog = ({
  request,
  to,
  onClose,
}: {
  request: RaRecord;
  to: string;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GrassrootsDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [assignee, setAssignee] = useState<RaRecord | null>(null);
  const [evaluation, setEvaluation] = useState('');
  const [evaluationComment, setEvaluationComment] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const action = translate(actionKey(String(request.status), to));
  const level = (request.handlingOrganization as { id: string } | null)?.id;
  const field = (name: string) => translate(`resources.requests.fields.${name}`);
  const submit = async () => {
    setSaving(true);
    setProblem(null);
    try {
      await dataProvider.transitionRequest(request.id, request.version, {
        to,
        note,
        reason: to === 'ESCALATED' ? reason : null,
        toOrganizationId: to === 'ASSIGNED' && assignee ? String(assignee.id) : null,
        evaluation: to === 'CLOSED' ? evaluation || null : null,
        evaluationComment: to === 'CLOSED' ? evaluationComment : null,
      });
      notify('grassroots.requests.done', {
        type: 'success',
        messageArgs: { status: translate(`enums.RequestStatus.${to}`) },
      });
      onClose();
      refresh();
    } catch (error) {
      const body = (error as { body?: Partial<ApiErrorBody> }).body;
      const fields = apiFieldTexts(translate, body?.errors ?? {});
      const text = translate(error instanceof Error ? error.message : String(error), {
        _: body?.detail ?? String(error),
      });
      const lines = fields.to
        ? // the status moved on meanwhile: the API names the steps it allows now
          [translate('grassroots.requests.stepRefused'), fields.to]
        : STEP_FIELDS.some((f) => fields[f])
          ? []
          : // a CONFLICT or anything else: the console's sentence and the server's words
            [text, body?.detail && body.detail !== text ? apiText(translate, body.detail) : null];
      setProblem({ fields, message: lines.filter(Boolean).join('\n') });
    } finally {
      setSaving(false);
    }
  };
  const missing =
    (to === 'ESCALATED' && !reason.trim()) ||
    (to === 'ASSIGNED' && !assignee) ||
    (to === 'CLOSED' && !evaluation) ||
    saving;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>
        {translate('grassroots.requests.dialogTitle', { action, title: request.title })}
      </DialogTitle>
      <DialogContent>
        {to === 'ESCALATED' && (
          <Typography variant="body2" color="text.secondary">
            {translate('grassroots.requests.escalateHint')}
          </Typography>
        )}
        {to === 'ASSIGNED' && (
          <>
            <Typography variant="body2" color="text.secondary">
              {translate('grassroots.requests.assignHint')}
            </Typography>
            <OrganizationPicker
              // 交办单位: below the level holding it, the level itself not offered
              filter={{ under: level }}
              offer={(o) => o.id !== level}
              enabled={Boolean(level)}
              value={assignee}
              onChange={setAssignee}
              label={field('toOrganizationId')}
              hint={translate('grassroots.requests.assignSearch')}
              error={problem?.fields.toOrganizationId}
              noOptionsText={translate('grassroots.requests.assignNone')}
              required
            />
          </>
        )}
        {to === 'CLOSED' && (
          <>
            <Typography variant="body2" color="text.secondary">
              {translate('grassroots.requests.closeHint')}
            </Typography>
            <FormControl margin="normal" required error={Boolean(problem?.fields.evaluation)}>
              <FormLabel id="evaluation-label">{field('evaluation')}</FormLabel>
              <RadioGroup
                row
                aria-labelledby="evaluation-label"
                value={evaluation}
                onChange={(event) => setEvaluation(event.target.value)}
              >
                {EVALUATIONS.map((value) => (
                  <FormControlLabel
                    key={value}
                    value={value}
                    control={<Radio />}
                    label={translate(`enums.Evaluation.${value}`)}
                  />
                ))}
              </RadioGroup>
              {problem?.fields.evaluation && (
                <FormHelperText>{problem.fields.evaluation}</FormHelperText>
              )}
            </FormControl>
            <TextField
              label={field('evaluationComment')}
              value={evaluationComment}
              onChange={(event) => setEvaluationComment(event.target.value)}
              error={Boolean(problem?.fields.evaluationComment)}
              helperText={problem?.fields.evaluationComment}
              fullWidth
              margin="normal"
            />
          </>
        )}
        {to === 'ESCALATED' && (
          <TextField
            label={field('reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={Boolean(problem?.fields.reason)}
            helperText={problem?.fields.reason}
            required
            multiline
            minRows={2}
            fullWidth
            margin="normal"
          />
        )}
        <TextField
          label={field('note')}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={Boolean(problem?.fields.note)}
          helperText={problem?.fields.note}
          multiline
          minRows={2}
          fullWidth
          margin="normal"
        />
        {problem?.message && (
          <Alert severity="error" sx={{ whiteSpace: 'pre-wrap', mt: 1 }} data-testid="step-error">
            {problem.message}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button
          label={actionKey(String(request.status), to)}
          onClick={submit}
          disabled={missing}
          variant="contained"
        />
      </DialogActions>
    </Dialog>
  );
};

/**
 * The steps the request may take now, for those who may take them: only what its status
 * allows (`allowedTransitions`) and only while the caller's subtree holds the level handling
 * it (`viewerCanAct`, asked through canAccess). Every other level reads without buttons.
 */
export const TransitionButtons = () => {
  const request = useRecordContext();
  const [step, setStep] = useState<string | null>(null);
  const { canAccess } = useCanAccess({
    resource: 'requests',
    action: 'transition',
    record: request,
  });
  // the record's own flag too: canAccess answers a moment later when a step changes it
  if (!request || !canAccess || !request.viewerCanAct) return null;
  const allowed = (request.allowedTransitions ?? []) as string[];
  return (
    <>
      {allowed.map((to) => (
        <Button
          key={to}
          label={actionKey(String(request.status), to)}
          onClick={() => setStep(to)}
          variant={to === 'ESCALATED' || to === 'ASSIGNED' ? 'outlined' : 'contained'}
          sx={{ ml: 1 }}
        />
      ))}
      {step && <StepDialog request={request} to={step} onClose={() => setStep(null)} />}
    </>
  );
};
