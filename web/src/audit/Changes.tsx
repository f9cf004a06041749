import { Box, Typography } from '@mui/material';
import { type RaRecord, type TranslateFunction, useTranslate } from 'react-admin';
import { RESOURCE_OF } from './recordTypes.ts';

interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

// Long values (a project's description) are cut; the entry still holds them whole.
const MAX_LENGTH = 120;

// Fields whose values are the API's enums, by record type: shown in the user's words.
const ENUMS: Record<string, Record<string, string>> = {
  Organization: { type: 'OrganizationType' },
  ServiceCenter: { kind: 'ServiceCenterKind', status: 'ServiceCenterStatus' },
  Project: { kind: 'ProjectKind', status: 'ProjectStatus' },
  Account: { kind: 'AccountKind', role: 'Role' },
  Request: { status: 'RequestStatus', source: 'RequestSource', evaluation: 'Evaluation' },
};

type Shape = { name?: unknown; phone?: unknown; lat?: unknown; lng?: unknown };
const PERSON = new Set(['name', 'phone']);

/** A value as a person reads it: a secretary as "name phone" (the API masks the number), a point as "lat, lng". */
function text(value: unknown, translate: TranslateFunction): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return translate(`ra.boolean.${value}`);
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('、');
  const shape = value as Shape;
  if (typeof shape.name === 'string' && Object.keys(shape).every((k) => PERSON.has(k))) {
    return typeof shape.phone === 'string' ? `${shape.name} ${shape.phone}` : shape.name;
  }
  if (typeof shape.lat === 'number' && typeof shape.lng === 'number') {
    return `${shape.lat}, ${shape.lng}`;
  }
  return governanceText(value, translate) ?? JSON.stringify(value);
}

type Item = Record<string, unknown>;
const isItem = (value: unknown): value is Item =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A grid's staff, a member's commitments and a request's step, as people write them. */
function governanceText(value: unknown, translate: TranslateFunction): string | null {
  const label = (name: string, v: unknown) => translate(`enums.${name}.${v}`, { _: String(v) });
  if (Array.isArray(value) && value.every(isItem)) {
    if (value.every((s) => typeof s.role === 'string' && typeof s.name === 'string')) {
      return value
        .map((s) => [label('GridStaffRole', s.role), s.name, s.phone].filter(Boolean).join(' '))
        .join('、');
    }
    if (value.every((c) => typeof c.text === 'string' && typeof c.status === 'string')) {
      return value.map((c) => `${c.text} · ${label('CommitmentStatus', c.status)}`).join('、');
    }
  }
  if (isItem(value) && typeof value.to === 'string') {
    return [
      label('RequestStatus', value.to),
      value.reason,
      value.note,
      value.evaluation && label('Evaluation', value.evaluation),
    ]
      .filter(Boolean)
      .join(' · ');
  }
  return null;
}

const shown = (value: unknown, translate: TranslateFunction) => {
  const full = text(value, translate);
  return full.length > MAX_LENGTH ? `${full.slice(0, MAX_LENGTH)}…` : full;
};

/** The changed fields of an entry, each with its value before and after, in the user's words. */
export const Changes = ({ record }: { record: Partial<RaRecord> }) => {
  const translate = useTranslate();
  const changes = (record.changes ?? []) as Change[];
  if (changes.length === 0) return <>—</>;
  const type = String(record.recordType);
  const resource = RESOURCE_OF[type] ?? '';
  const value = (field: string, raw: unknown) => {
    const enumName = ENUMS[type]?.[field];
    return enumName && typeof raw === 'string'
      ? translate(`enums.${enumName}.${raw}`, { _: raw })
      : shown(raw, translate);
  };
  const label = (field: string) =>
    translate(`resources.${resource}.fields.${field}`, {
      _: translate(`grassroots.audit.fields.${field}`, { _: field }),
    });
  return (
    <Box
      component="dl"
      sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1 }}
    >
      {changes.map((change) => (
        <Box key={change.field} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {label(change.field)}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {change.field === 'revealed' ? (
              label(String(change.after))
            ) : (
              <>
                <Box component="span" sx={{ color: 'text.secondary' }}>
                  {value(change.field, change.before)}
                </Box>
                {' → '}
                {value(change.field, change.after)}
              </>
            )}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
