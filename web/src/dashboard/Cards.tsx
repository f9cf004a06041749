import { Card, CardContent, CardHeader, Typography } from '@mui/material';
import type { ReactNode } from 'react';

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

export const Chart = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card sx={{ height: '100%' }}>
    <CardHeader title={title} titleTypographyProps={{ variant: 'subtitle1' }} />
    <CardContent sx={{ pt: 0 }}>{children}</CardContent>
  </Card>
);
