import HistoryIcon from '@mui/icons-material/History';
import { Button, LinkBase, useCanAccess, useRecordContext } from 'react-admin';
import { AUDIT_LOG } from '../auth/access.ts';

/** 操作记录: the audit trail filtered to this record, for those who may read the trail. */
export const AuditTrailButton = () => {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: AUDIT_LOG, action: 'list' });
  if (!record || !canAccess) return null;
  const filter = JSON.stringify({ recordId: record.id });
  return (
    <Button
      component={LinkBase}
      to={{ pathname: `/${AUDIT_LOG}`, search: `filter=${encodeURIComponent(filter)}` }}
      label="grassroots.audit.forRecord"
    >
      <HistoryIcon />
    </Button>
  );
};
