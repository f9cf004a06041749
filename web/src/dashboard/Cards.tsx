import { Box, Card, CardContent, CardHeader, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** The height of a drawn chart, kept by the sentence that stands in for an empty one. */
export const CHART_HEIGHT = 280;

/** One figure of the dashboard: what it counts, the value, and a line on what lies beneath. */
export const Figure = ({
  label,
  value,
  note,
  testId,
}: {
  label: string;
  value: string;
  note?: string;
  testId: string;
}) => (
  <Card sx={{ height: '100%' }}>
    <CardContent>
      <Typography color="text.secondary" variant="body2">
        {label}
      </Typography>
      <Typography variant="h4" component="p" data-testid={testId}>
        {value}
      </Typography>
      {note && (
        <Typography variant="caption" color="text.secondary" data-testid={`${testId}-note`}>
          {note}
        </Typography>
      )}
    </CardContent>
  </Card>
);

/**
 * A chart in a card, or, when `empty` says why there is nothing to draw, that sentence in its
 * place: a village's dashboard has no organizations below it, and a blank ring or bare axes
 * read as a fault.
 */
export const Chart = ({
  title,
  empty,
  children,
}: {
  title: string;
  empty?: string | false;
  children: ReactNode;
}) => (
  <Card sx={{ height: '100%' }}>
    <CardHeader title={title} titleTypographyProps={{ variant: 'subtitle1' }} />
    <CardContent sx={{ pt: 0 }}>
      {empty ? (
        <Box
          sx={{
            height: CHART_HEIGHT,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
          }}
        >
          <Typography color="text.secondary" data-testid="chart-empty">
            {empty}
          </Typography>
        </Box>
      ) : (
        children
      )}
    </CardContent>
  </Card>
);
