import { Box } from '@mui/material';
import type { ReactNode } from 'react';

/** A vertical timeline, oldest first: a project's progress notes, a request's steps. */
export const TimelineList = ({ children, testId }: { children: ReactNode; testId: string }) => (
  <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, ml: 1 }} data-testid={testId}>
    {children}
  </Box>
);

/** One entry of a timeline: a dot on the line, then what happened. */
export const TimelineEntry = ({
  children,
  dot = 'primary.main',
  testId,
}: {
  children: ReactNode;
  /** The dot's colour, a theme colour such as warning.main for a step that stands out. */
  dot?: string;
  testId?: string;
}) => (
  <Box
    component="li"
    data-testid={testId}
    sx={{ position: 'relative', pl: 3, pb: 2, borderLeft: 2, borderColor: 'divider' }}
  >
    <Box
      sx={{
        position: 'absolute',
        left: -7,
        top: 4,
        width: 12,
        height: 12,
        borderRadius: '50%',
        bgcolor: dot,
      }}
    />
    {children}
  </Box>
);
