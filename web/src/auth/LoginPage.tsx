import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import {
  Alert,
  Avatar,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { type FormEvent, useState } from 'react';
import {
  LocalesMenuButton,
  useLocaleState,
  useLogin,
  useResetStore,
  useTranslate,
} from 'react-admin';
import { DocumentLocale } from '../layout/DocumentLocale.tsx';
import { loginFailure } from './loginFailure.ts';

/**
 * 登录: login name and password, the language switch, and the reason a login was refused
 * shown in place (a notification would vanish before a person has read it). After logging
 * in, react-admin returns to the page the user was on when the session ended.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const login = useLogin();
  const resetStore = useResetStore();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      // another tab's account may have left filters naming organizations this one cannot see
      resetStore();
      await login({ username: name.trim(), password });
    } catch (error) {
      setProblem(loginFailure(error, translate, locale));
      setBusy(false);
    }
  };

  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: 'grey.100',
        p: 2,
      }}
    >
      <DocumentLocale />
      <Card sx={{ width: '100%', maxWidth: 400 }}>
        <CardContent sx={{ p: 4 }}>
          <Stack direction="row" justifyContent="flex-end">
            <LocalesMenuButton />
          </Stack>
          <Stack alignItems="center" spacing={1} sx={{ mb: 3 }}>
            <Avatar sx={{ bgcolor: 'error.main' }}>
              <LockOutlinedIcon />
            </Avatar>
            <Typography variant="h6" component="p" textAlign="center">
              {translate('grassroots.title')}
            </Typography>
            <Typography variant="h5" component="h1">
              {translate('grassroots.login.title')}
            </Typography>
          </Stack>
          <Box component="form" onSubmit={submit} noValidate>
            <Stack spacing={2}>
              {problem && (
                <Alert severity="error" data-testid="login-error">
                  {problem}
                </Alert>
              )}
              <TextField
                label={translate('grassroots.login.login')}
                value={name}
                onChange={(event) => setName(event.target.value)}
                autoComplete="username"
                autoFocus
                required
                fullWidth
              />
              <TextField
                label={translate('grassroots.login.password')}
                type="password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                autoComplete="current-password"
                required
                fullWidth
              />
              <Button
                type="submit"
                variant="contained"
                size="large"
                disabled={busy || !name.trim() || !password}
                startIcon={busy ? <CircularProgress size={18} color="inherit" /> : null}
              >
                {translate('grassroots.login.submit')}
              </Button>
              <Typography variant="caption" color="text.secondary">
                {translate('grassroots.login.hint')}
              </Typography>
            </Stack>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};
