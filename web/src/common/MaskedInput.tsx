import { TextInput, type TextInputProps, useWrappedSource } from 'react-admin';
import { useWatch } from 'react-hook-form';

/**
 * A field of personal information, which comes masked (138****5678, 张*). Saved as it is,
 * the API keeps the stored value, so the form says that rather than asking for what nobody
 * here can see. Works inside array inputs too (the watched name is the wrapped source).
 */
export const MaskedInput = ({
  hint = 'grassroots.personal.maskedKept',
  ...props
}: TextInputProps & { hint?: string }) => {
  const value = useWatch({ name: useWrappedSource(props.source) }) as unknown;
  const masked = typeof value === 'string' && value.includes('*');
  return <TextInput {...props} helperText={masked ? hint : props.helperText} />;
};
