import DashboardIcon from '@mui/icons-material/Dashboard';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { Box, Button, Stack, Typography } from '@mui/material';
import { Title, useRedirect, useTranslate } from 'react-admin';

/**
 * The page for an address the console does not know: react-admin's own appends an ASCII full
 * stop to the message (a "。." in Chinese) and offers only "back", which leads nowhere from a
 * bookmarked or pasted link.
 */
export const NotFoundPage = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  return (
    <Box sx={{ textAlign: 'center', mt: 8 }} data-testid="not-found">
      <Title title={translate('ra.page.not_found')} />
      <SearchOffIcon sx={{ fontSize: 96, color: 'text.disabled' }} />
      <Typography variant="h5" component="h1" sx={{ mt: 2 }}>
        {translate('ra.page.not_found')}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1 }}>
        {translate('grassroots.notFound')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ justifyContent: 'center', mt: 3 }}>
        <Button variant="contained" startIcon={<DashboardIcon />} onClick={() => redirect('/')}>
          {translate('grassroots.toDashboard')}
        </Button>
      </Stack>
    </Box>
  );
};
