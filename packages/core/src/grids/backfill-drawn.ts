import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client.ts';
import { scanEach } from '../db/scan-each.ts';
import type { GeoPoint } from '../service-centers/model.ts';
import { drawnAttributes } from './drawn.ts';

/**
 * Gives every grid whose boundary was drawn before `drawnByPath` existed the attributes that
 * index reads. Run before the index is built on an older table (`ensureTables`).
 */
export const backfillDrawnGrids = (db: Db) =>
  scanEach(
    db,
    'grids',
    { FilterExpression: 'attribute_exists(boundary) AND attribute_not_exists(drawnTree)' },
    async (item) => {
      const { drawnTree, bounds } = drawnAttributes(item.boundary as GeoPoint[]);
      await db.doc
        .send(
          new UpdateCommand({
            TableName: db.tables.grids,
            Key: { id: item.id },
            UpdateExpression: 'SET drawnTree = :tree, bounds = :bounds',
            // deleted or redrawn meanwhile: the code that did it set the attributes
            ConditionExpression: 'version = :version',
            ExpressionAttributeValues: {
              ':tree': drawnTree,
              ':bounds': bounds,
              ':version': item.version,
            },
          }),
        )
        .catch((error: unknown) => {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        });
    },
  );
