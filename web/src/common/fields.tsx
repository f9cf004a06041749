import { Chip } from '@mui/material';
import {
  DateField,
  type DateFieldProps,
  NumberField,
  type NumberFieldProps,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';

// react-admin formats dates and numbers in the browser's language; the console's own
// language switch should decide instead (an English console on a Chinese browser, say).

export const LocaleDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={locale} {...props} />;
};

export const LocaleNumberField = (props: NumberFieldProps) => {
  const [locale] = useLocaleState();
  return <NumberField locales={locale} {...props} />;
};

/** A warning chip while the record (a project, a request) is past its date and not done. */
export const OverdueChip = ({ label }: { label: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.overdue) return null;
  return (
    <Chip
      size="small"
      color="warning"
      label={translate(label)}
      sx={{ ml: 1 }}
      data-testid="overdue-badge"
    />
  );
};
