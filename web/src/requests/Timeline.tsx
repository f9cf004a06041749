import { Box, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { TimelineEntry, TimelineList } from '../common/Timeline.tsx';

interface RequestEvent {
  id: string;
  at: string;
  actor: string | null;
  from: string | null;
  to: string;
  organizationName: string;
  toOrganizationName: string | null;
  note: string | null;
  reason: string | null;
  evaluation: string | null;
}

const Line = ({ label, text }: { label: string; text: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {translate('grassroots.requests.labelled', { label })}
      </Box>
      {text}
    </Typography>
  );
};

/**
 * 办理过程: every step of the request, oldest first: when, who and at which level, from
 * which status to which, and what the step said (a note, the reason to escalate, the
 * resident's evaluation). Every level it passed through reads the same.
 */
export const Timeline = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const events = (record?.timeline ?? []) as RequestEvent[];
  if (events.length === 0) {
    return (
      <Typography color="text.secondary">{translate('grassroots.requests.noTimeline')}</Typography>
    );
  }
  const status = (value: string) => translate(`enums.RequestStatus.${value}`);
  const field = (name: string) => translate(`resources.requests.fields.${name}`);
  return (
    <TimelineList testId="request-timeline">
      {events.map((event) => (
        <TimelineEntry
          key={event.id}
          testId="timeline-event"
          dot={
            event.to === 'ESCALATED'
              ? 'warning.main'
              : event.to === 'ASSIGNED'
                ? 'info.main'
                : 'primary.main'
          }
        >
          <Typography variant="caption" color="text.secondary">
            {[
              new Date(event.at).toLocaleString(locale),
              event.actor && translate('grassroots.requests.by', { actor: event.actor }),
              translate('grassroots.requests.at', { name: event.organizationName }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography>
          <Typography variant="subtitle2" data-testid="timeline-step">
            {event.from ? `${status(event.from)} → ${status(event.to)}` : status(event.to)}
            {event.toOrganizationName &&
              translate(
                event.to === 'ASSIGNED'
                  ? 'grassroots.requests.assignedTo'
                  : 'grassroots.requests.escalatedTo',
                { name: event.toOrganizationName },
              )}
          </Typography>
          {event.reason && <Line label={field('reason')} text={event.reason} />}
          {event.note && <Line label={field('note')} text={event.note} />}
          {event.evaluation && (
            <Line
              label={field('evaluation')}
              text={translate(`enums.Evaluation.${event.evaluation}`)}
            />
          )}
        </TimelineEntry>
      ))}
    </TimelineList>
  );
};
