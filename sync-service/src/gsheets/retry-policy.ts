// Backing off from Google's quotas: gaxios retries 408/429/5xx and timeouts; we bound the
// attempts, add full jitter (a random wait up to an exponentially growing cap) and honour a
// Retry-After the server sends, so many connectors never retry in lockstep.
import type { MethodOptions } from "@googleapis/sheets";

export interface RetryPolicy {
  /** Tries per request, the first one included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Per try; a try that takes longer is abandoned and retried. */
  timeoutMs: number;
}

/** Google's own advice for the Sheets API: exponential backoff from 1 s up to 32 s (plus ours: 5 tries, 30 s each). */
export const GOOGLE_RETRY_POLICY: RetryPolicy = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 32_000, timeoutMs: 30_000 };

export interface RetryNotice {
  attempt: number;
  waitMs: number;
  reason: string;
}

export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(random() * cap);
}

const RETRYABLE = (status: number): boolean => status === 408 || status === 429 || status >= 500;

function retryAfterMs(header: string | null | undefined): number | null {
  if (!header) return null;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

/** Fresh per call: gaxios keeps its attempt counter inside the config it is given. */
export function gaxiosRetry(policy: RetryPolicy, onRetry?: (notice: RetryNotice) => void): MethodOptions {
  return {
    retry: true,
    timeout: policy.timeoutMs,
    retryConfig: {
      retry: policy.attempts - 1,
      noResponseRetries: policy.attempts - 1,
      // batchUpdate is a POST; ours only ever sets absolute values, so repeating it is safe.
      httpMethodsToRetry: ["GET", "POST"],
      // Our own rule, because gaxios does not retry its own timeouts (they surface as aborts).
      shouldRetry: (err) => {
        const tries = err.config.retryConfig?.currentRetryAttempt ?? 0;
        if (tries >= policy.attempts - 1) return false;
        const status = err.response?.status;
        return status === undefined || RETRYABLE(status);
      },
      retryBackoff: async (err) => {
        const retry = err.config.retryConfig?.currentRetryAttempt ?? 1;
        const hinted = retryAfterMs(err.response?.headers?.get?.("retry-after"));
        const waitMs = Math.min(policy.maxDelayMs, hinted ?? backoffDelay(policy, retry));
        onRetry?.({ attempt: retry + 1, waitMs, reason: err.response ? `HTTP ${err.response.status}` : String(err.code ?? err.message) });
        await new Promise((resolve) => setTimeout(resolve, waitMs));
      },
    },
  };
}
