import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { Box, Button, IconButton, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import {
  type RaRecord,
  ReferenceManyField,
  useCanAccess,
  useCreate,
  useDelete,
  useListContext,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { TimelineEntry, TimelineList } from '../common/Timeline.tsx';
import { useNotifyError } from '../common/useNotifyError.ts';

const Note = ({ note, canWrite }: { note: RaRecord; canWrite: boolean }) => {
  const [locale] = useLocaleState();
  const refresh = useRefresh();
  const notifyError = useNotifyError();
  const translate = useTranslate();
  const [remove, { isPending }] = useDelete();
  return (
    <TimelineEntry>
      <Typography variant="caption" color="text.secondary">
        {new Date(note.at).toLocaleString(locale)}
        {note.author ? ` · ${note.author}` : ''}
      </Typography>
      <Stack direction="row" alignItems="flex-start">
        <Typography sx={{ whiteSpace: 'pre-wrap', flex: 1 }}>{note.text}</Typography>
        {canWrite && (
          <IconButton
            size="small"
            aria-label={translate('ra.action.delete')}
            disabled={isPending}
            onClick={() =>
              remove(
                'projectNotes',
                { id: note.id, previousData: note },
                { mutationMode: 'pessimistic', onSuccess: refresh, onError: notifyError },
              )
            }
          >
            <DeleteIcon fontSize="small" />
          </IconButton>
        )}
      </Stack>
    </TimelineEntry>
  );
};

/** How many notes the timeline shows at first, and how many more each "later notes" click adds. */
const NOTES_AT_ONCE = 100;

const Timeline = ({ canWrite }: { canWrite: boolean }) => {
  const { data = [], isPending, hasNextPage, perPage, setPerPage, isFetching } = useListContext();
  const translate = useTranslate();
  if (isPending) return null;
  if (data.length === 0) {
    return (
      <Typography color="text.secondary">{translate('grassroots.projects.noNotes')}</Typography>
    );
  }
  return (
    <>
      <TimelineList testId="notes">
        {data.map((note) => (
          <Note key={note.id} note={note} canWrite={canWrite} />
        ))}
      </TimelineList>
      {/* oldest first: what is past the first notes is the latest, so it must be reachable */}
      {hasNextPage && (
        <Button
          size="small"
          disabled={isFetching}
          onClick={() => setPerPage(perPage + NOTES_AT_ONCE)}
        >
          {translate('grassroots.projects.laterNotes')}
        </Button>
      )}
    </>
  );
};

const AddNote = () => {
  const project = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [text, setText] = useState('');
  const [create, { isPending }] = useCreate();
  if (!project) return null;
  const add = () =>
    create(
      'projectNotes',
      { data: { projectId: project.id, text } },
      {
        onSuccess: () => {
          setText('');
          notify('grassroots.projects.noteAdded', { type: 'success' });
          refresh();
        },
        onError: notifyError,
      },
    );
  return (
    <Stack direction="row" spacing={1} alignItems="flex-start" sx={{ mt: 2 }}>
      <TextField
        label={translate('grassroots.projects.newNote')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        multiline
        minRows={2}
        sx={{ flex: 1, maxWidth: 640 }}
      />
      <Button variant="contained" onClick={add} disabled={isPending || !text.trim()}>
        {translate('grassroots.projects.addNote')}
      </Button>
    </Stack>
  );
};

/**
 * The progress notes of the project as a timeline, oldest first, and a box to add one for
 * those who may change the project.
 */
export const Notes = (_props: { label?: string }) => {
  const project = useRecordContext();
  const { canAccess = false } = useCanAccess({
    resource: 'projects',
    action: 'edit',
    record: project,
  });
  return (
    <Box>
      <ReferenceManyField reference="projectNotes" target="projectId" perPage={NOTES_AT_ONCE}>
        <Timeline canWrite={canAccess} />
      </ReferenceManyField>
      {canAccess && <AddNote />}
    </Box>
  );
};
