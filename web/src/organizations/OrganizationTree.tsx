import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { SimpleTreeView, TreeItem } from '@mui/x-tree-view';
import { useState } from 'react';
import { type RaRecord, useGetList, useListContext, useStore, useTranslate } from 'react-admin';

const PAGE = 100;

// Tree item ids are Relay ids (base64, never a colon); the helper items get a colon.
const placeholderId = (id: string) => `placeholder:${id}`;
const moreId = (id: string) => `more:${id}`;
const isOrganization = (itemId: string) => !itemId.includes(':');

/**
 * One level of the tree, fetched when its parent is expanded (a root level: the city
 * committees). An organization with children shows an expander before they are loaded.
 */
const Level = ({ parentId, expanded }: { parentId: string | null; expanded: string[] }) => {
  const translate = useTranslate();
  const [limit, setLimit] = useState(PAGE);
  const { data, total, pageInfo, isPending } = useGetList<RaRecord>('organizations', {
    filter: parentId ? { parentId } : { type: 'CITY_COMMITTEE' },
    pagination: { page: 1, perPage: limit },
  });
  const key = parentId ?? 'root';
  if (isPending) {
    return (
      <TreeItem itemId={placeholderId(key)} label={translate('grassroots.tree.loading')} disabled />
    );
  }
  const more = pageInfo?.hasNextPage ?? (total !== undefined && total > limit);
  return (
    <>
      {data?.map((org) => (
        <TreeItem key={org.id} itemId={String(org.id)} label={org.name}>
          {org.childCount > 0 &&
            (expanded.includes(String(org.id)) ? (
              <Level parentId={String(org.id)} expanded={expanded} />
            ) : (
              <TreeItem itemId={placeholderId(String(org.id))} label="…" disabled />
            ))}
        </TreeItem>
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

/** The organization tree beside the list: selecting a node shows its subtree in the list. */
export const OrganizationTree = () => {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const [expanded, setExpanded] = useStore<string[]>('organizations.tree.expanded', []);
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
          <Level parentId={null} expanded={expanded} />
        </SimpleTreeView>
      </CardContent>
    </Card>
  );
};
