import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { createDb, pingDynamo, prefixedTableNames } from '@grassroots/core';
import { type DynamoDbLocal, startDynamoDbLocal } from '@grassroots/local/dynamodb-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** An address of /proc/net/tcp or tcp6: hex, each 32-bit word in host (little-endian) order. */
function decodeAddress(hex: string): string {
  const words = (hex.match(/.{8}/g) ?? []).map((w) => w.match(/../g)?.reverse().join('') ?? '');
  const bytes =
    words
      .join('')
      .match(/../g)
      ?.map((b) => Number.parseInt(b, 16)) ?? [];
  if (bytes.length === 4) return bytes.join('.');
  const mapped = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 255 && bytes[11] === 255;
  if (mapped) return `::ffff:${bytes.slice(12).join('.')}`;
  return (words.map((w) => w.match(/.{4}/g)?.join(':')).join(':') ?? '').toLowerCase();
}

/** The local addresses of the sockets listening on a TCP port, as the kernel lists them. */
function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, portHex] = (local ?? '').split(':');
      // 0A: LISTEN
      if (state === '0A' && Number.parseInt(portHex ?? '', 16) === port) {
        found.push(decodeAddress(address ?? ''));
      }
    }
  }
  return found;
}

const isLoopback = (address: string) =>
  /^(::ffff:)?127\./.test(address) || address === '0000:0000:0000:0000:0000:0000:0000:0001';

/** What a TCP connection to host:port meets: 'connected', 'timeout' or the error's code. */
const connectOutcome = (host: string, port: number) =>
  new Promise<string>((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    const end = (outcome: string) => {
      socket.destroy();
      resolve(outcome);
    };
    socket.once('connect', () => end('connected'));
    socket.once('timeout', () => end('timeout'));
    socket.once('error', (error: NodeJS.ErrnoException) => end(error.code ?? 'error'));
  });

let dynamo: DynamoDbLocal;
let port: number;
beforeAll(async () => {
  dynamo = await startDynamoDbLocal();
  port = Number(new URL(dynamo.endpoint).port);
});
afterAll(() => dynamo?.stop());

describe('DynamoDB Local as the stack starts it', () => {
  it('answers on loopback', async () => {
    const db = createDb({ endpoint: dynamo.endpoint, tableNames: prefixedTableNames('') });
    try {
      await expect(pingDynamo(db)).resolves.not.toThrow();
    } finally {
      db.client.destroy();
    }
  });

  it('listens on loopback only, not on every interface as its jar does', () => {
    const addresses = listeningAddresses(port);
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((a) => !isLoopback(a))).toEqual([]);
  });

  it("refuses connections to the machine's other addresses", async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && !i.internal && i.family === 'IPv4')
      .map((i) => i?.address as string);
    for (const address of others) {
      expect(await connectOutcome(address, port), address).toBe('ECONNREFUSED');
    }
  });
});
