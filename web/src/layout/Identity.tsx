import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useAccount } from '../auth/useAccount.ts';

/**
 * Who is at work and where: the role and the organization whose subtree the account acts
 * in, beside the user menu (which shows the name). Everything the console lists is that
 * subtree, so saying which one avoids "where is everything else?".
 */
export const Identity = () => {
  const account = useAccount();
  const translate = useTranslate();
  if (!account) return null;
  return (
    <Box data-testid="identity" sx={{ textAlign: 'right', mr: 1, lineHeight: 1.2, minWidth: 0 }}>
      <Typography variant="body2" noWrap sx={{ fontWeight: 500 }}>
        {translate(`enums.Role.${account.role}`, { _: account.roleLabel })}
      </Typography>
      <Typography variant="caption" noWrap component="p" sx={{ opacity: 0.85 }}>
        {account.scope?.name ?? translate('grassroots.identity.wholeRegion')}
      </Typography>
    </Box>
  );
};
