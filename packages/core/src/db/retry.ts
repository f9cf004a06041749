/** Full-jitter exponential backoff: a random wait in [0, min(cap, base * 2^attempt)). */
export const backoff = (attempt: number, baseMs = 20, capMs = 1_000) =>
  new Promise<void>((resolve) =>
    setTimeout(resolve, Math.random() * Math.min(capMs, baseMs * 2 ** attempt)),
  );
