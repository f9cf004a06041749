import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { SimpleTreeView, TreeItem } from '@mui/x-tree-view';
import { type MouseEvent, useState } from 'react';
import {
  type RaRecord,
  useGetList,
  useGetOne,
  useListContext,
  useStore,
  useTranslate,
} from 'react-admin';
import { useAccount } from '../auth/useAccount.ts';

const PAGE = 100;

// Tree item ids are Relay ids (base64, never a colon); the helper items get a colon.
const placeholderId = (id: string) => `placeholder:${id}`;
const moreId = (id: string) => `more:${id}`;
const isOrganization = (itemId: string) => !itemId.includes(':');

const Loading = ({ id }: { id: string }) => {
  const translate = useTranslate();
  return (
    <TreeItem itemId={placeholderId(id)} label={translate('grassroots.tree.loading')} disabled />
  );
};

// The expander sits inside the item's content, whose click selects: opening a level
// should not also change the list beside the tree.
const expanderOnly = { iconContainer: { onClick: (event: MouseEvent) => event.stopPropagation() } };

/** An organization; one with children shows an expander before they are loaded. */
const Branch = ({ org, expanded }: { org: RaRecord; expanded: string[] }) => (
  <TreeItem itemId={String(org.id)} label={org.name} slotProps={expanderOnly}>
    {org.childCount > 0 &&
      (expanded.includes(String(org.id)) ? (
        <Level parentId={String(org.id)} expanded={expanded} />
      ) : (
        <TreeItem itemId={placeholderId(String(org.id))} label="…" disabled />
      ))}
  </TreeItem>
);

/** The root of an account scoped to an organization: that organization alone. */
const ScopeRoot = ({ id, expanded }: { id: string; expanded: string[] }) => {
  const { data } = useGetOne<RaRecord>('organizations', { id });
  return data ? <Branch org={data} expanded={expanded} /> : <Loading id={id} />;
};

/**
 * One level of the tree, fetched when its parent is expanded (a root level: the city
 * committees).
 */
const Level = ({ parentId, expanded }: { parentId: string | null; expanded: string[] }) => {
  const translate = useTranslate();
  const [limit, setLimit] = useState(PAGE);
  const { data, total, pageInfo, isPending } = useGetList<RaRecord>('organizations', {
    filter: parentId ? { parentId } : { type: 'CITY_COMMITTEE' },
    pagination: { page: 1, perPage: limit },
  });
  const key = parentId ?? 'root';
  if (isPending) return <Loading id={key} />;
  const more = pageInfo?.hasNextPage ?? (total !== undefined && total > limit);
  return (
    <>
      {data?.map((org) => (
        <Branch key={org.id} org={org} expanded={expanded} />
      ))}
      {more && (
        <TreeItem
          itemId={moreId(key)}
          label={translate('grassroots.tree.more')}
          onClick={() => setLimit(limit + PAGE)}
        />
      )}
    </>
  );
};

/**
 * The organization tree beside the list: selecting a node shows its subtree in the list. It
 * starts at what the account may see: the city committees for a region administrator, the
 * account's own organization (opened) otherwise.
 */
export const OrganizationTree = () => {
  const translate = useTranslate();
  const account = useAccount();
  const root = account?.scope ?? null;
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const [expanded, setExpanded] = useStore<string[]>(
    'organizations.tree.expanded',
    root ? [root.id] : [],
  );
  const selected = typeof filterValues.under === 'string' ? filterValues.under : null;
  const select = (id: string | null) => {
    const { under: _previous, ...others } = filterValues;
    setFilters(id ? { ...others, under: id } : others, displayedFilters);
  };
  return (
    <Card
      sx={{ order: -1, width: 300, flexShrink: 0, mr: 2, alignSelf: 'flex-start' }}
      data-testid="organization-tree"
    >
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="subtitle1">{translate('grassroots.tree.title')}</Typography>
          <Button size="small" onClick={() => select(null)} disabled={!selected}>
            {translate('grassroots.tree.all')}
          </Button>
        </Box>
        <SimpleTreeView
          expansionTrigger="iconContainer"
          expandedItems={expanded}
          onExpandedItemsChange={(_event, ids) => setExpanded(ids.filter(isOrganization))}
          selectedItems={selected}
          onSelectedItemsChange={(_event, id) => {
            if (id && isOrganization(id)) select(id);
          }}
          sx={{ maxHeight: '70vh', overflowY: 'auto' }}
        >
          {account === undefined ? (
            <Loading id="root" />
          ) : root ? (
            <ScopeRoot id={root.id} expanded={expanded} />
          ) : (
            <Level parentId={null} expanded={expanded} />
          )}
        </SimpleTreeView>
      </CardContent>
    </Card>
  );
};
