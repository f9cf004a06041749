import { type RaRecord, SelectInput, useGetOne, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { choices } from '../common/choices.ts';

/**
 * The type select offers only what the chosen parent may hold (its `allowedChildTypes`),
 * or the root type without a parent, so the type rules are kept while typing.
 */
export const TypeInput = () => {
  const translate = useTranslate();
  const parentId = useWatch({ name: 'parentId' }) as string | null | undefined;
  const { data: parent, isPending } = useGetOne<RaRecord>(
    'organizations',
    { id: parentId ?? '' },
    { enabled: Boolean(parentId) },
  );
  const allowed: string[] = parentId ? (parent?.allowedChildTypes ?? []) : ['CITY_COMMITTEE'];
  const validate = (value: string | null) =>
    value && !allowed.includes(value)
      ? translate(
          parentId
            ? 'grassroots.organizations.typeNotAllowed'
            : 'grassroots.organizations.noParent',
        )
      : undefined;
  return (
    <SelectInput
      source="type"
      choices={choices('OrganizationType', allowed)}
      isPending={Boolean(parentId) && isPending}
      validate={validate}
    />
  );
};
