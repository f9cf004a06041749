import {
  DateField,
  type DateFieldProps,
  NumberField,
  type NumberFieldProps,
  useLocaleState,
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
