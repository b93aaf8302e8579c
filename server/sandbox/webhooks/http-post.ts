import { request as httpRequest, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";

/**
 * One POST of a webhook, over node:http rather than fetch because only it
 * lets the caller vet the address the socket connects to (`lookup`), which
 * is what stops a host that resolves differently on the second look. No
 * redirect is followed: the answer's status is the delivery's outcome.
 */
export interface PostOutcome {
  readonly httpStatus: number | null;
  readonly error: string | null;
}

export function postWebhook(
  url: string,
  headers: Readonly<Record<string, string>>,
  body: string,
  options: { timeoutMs: number; lookup?: RequestOptions["lookup"] },
): Promise<PostOutcome> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(
      target,
      {
        method: "POST",
        headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
        lookup: options.lookup,
        timeout: options.timeoutMs,
      },
      (res) => {
        // The body must be empty; it is read only to free the connection.
        res.resume();
        res.on("end", () => resolve({ httpStatus: res.statusCode ?? null, error: null }));
        res.on("error", () => resolve({ httpStatus: res.statusCode ?? null, error: null }));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    req.on("error", (error) => resolve({ httpStatus: null, error: error.message.slice(0, 500) }));
    req.end(body);
  });
}
