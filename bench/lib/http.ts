/**
 * The few HTTP calls the bench makes outside load runs (setup, checks,
 * timed one-at-a-time calls): every one bounded in time.
 */
const TIMEOUT_MS = 30_000;

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

export async function http(url: string, init: RequestInit = {}, timeoutMs = TIMEOUT_MS): Promise<HttpAnswer> {
  const send = async () => {
    const res = await fetch(url, { redirect: "manual", ...init, signal: AbortSignal.timeout(timeoutMs) });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  try {
    return await send();
  } catch (error) {
    // A kept-alive connection the server closed while this process was busy (a long synchronous
    // fixture write) fails once; a read is safe to send again, a write is not.
    const method = (init.method ?? "GET").toUpperCase();
    if ((method !== "GET" && method !== "HEAD") || (error instanceof DOMException && error.name === "TimeoutError")) throw error;
    return send();
  }
}

export async function httpJson<T>(url: string, init: RequestInit = {}, expect: number | number[] = [200, 201]): Promise<T> {
  const answer = await http(url, init);
  const ok = Array.isArray(expect) ? expect.includes(answer.status) : answer.status === expect;
  if (!ok) throw new Error(`${init.method ?? "GET"} ${new URL(url).pathname} answered ${answer.status}: ${answer.text.slice(0, 500)}`);
  return JSON.parse(answer.text) as T;
}

/** "name=value" pairs of the Set-Cookie headers, for the next request's Cookie header. */
export function cookiesOf(headers: Headers): string[] {
  return headers.getSetCookie().map((c) => c.split(";")[0]!.trim());
}

/**
 * Calls a tRPC mutation the way the browser's link does (plain JSON on the
 * wire, same-origin headers); answers the data or throws with the error.
 */
export async function trpcMutation<T>(baseURL: string, path: string, input: unknown, cookie?: string, extraHeaders: Record<string, string> = {}): Promise<{ data: T; headers: Headers }> {
  const answer = await http(`${baseURL}/api/trpc/${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: baseURL,
      "sec-fetch-site": "same-origin",
      ...(cookie ? { cookie } : {}),
      ...extraHeaders,
    },
    body: JSON.stringify(input),
  });
  const body = JSON.parse(answer.text) as { result?: { data?: T }; error?: { message?: string } };
  if (answer.status !== 200 || !body.result?.data) {
    throw new Error(`tRPC ${path} answered ${answer.status}: ${body.error?.message ?? answer.text.slice(0, 500)}`);
  }
  return { data: body.result.data as T, headers: answer.headers };
}
