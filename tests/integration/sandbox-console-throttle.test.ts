/**
 * Guessing the sandbox console's password, over HTTP as a browser without
 * JavaScript posts the login form (the server action's id from the page):
 * throttled per client address with growing delays (the console's own
 * throttle, in the sandbox's database). Addresses of this file's own
 * (X-Forwarded-For), so that the rest of the suite's console stays open.
 */
import { describe, expect, it } from "vitest";
import { baseURL, CONSOLE } from "./sandbox-support";

const run = Date.now() % 200;
let octet = 0;
const address = () => `198.18.${run}.${++octet}`;

async function loginAction(): Promise<string> {
  const html = await (await fetch(`${baseURL()}/sandbox`)).text();
  const name = /name="(\$ACTION_ID_[^"]+)"/.exec(html)?.[1];
  if (!name) throw new Error("no login form on /sandbox");
  return name;
}

/** Posts the console's login form; answers the console's message ("" when signed in). */
async function tryPassword(action: string, password: string, from: string): Promise<string> {
  const form = new FormData();
  form.set(action, "");
  form.set("password", password);
  const answer = await fetch(`${baseURL()}/sandbox`, { method: "POST", body: form, redirect: "manual", headers: { "x-forwarded-for": from, origin: baseURL() } });
  expect(answer.status).toBe(303);
  return new URL(answer.headers.get("location")!, baseURL()).searchParams.get("msg") ?? "";
}

const waitOf = (message: string) => Number(/Try again in (\d+) seconds/.exec(message)?.[1] ?? NaN);

describe("the console's login throttle", () => {
  it("lets 10 wrong passwords from one address through, then makes it wait longer and longer", async () => {
    const action = await loginAction();
    const from = address();
    for (let i = 0; i < 11; i += 1) expect(await tryPassword(action, `guess-${i}`, from)).toBe("Wrong console password.");
    expect(waitOf(await tryPassword(action, "guess-11", from))).toBe(1);
    // Even the right password waits: nothing is compared while the door is closed.
    expect(waitOf(await tryPassword(action, CONSOLE.password, from))).toBe(1);
    await new Promise((r) => setTimeout(r, 1100));
    expect(await tryPassword(action, "guess-12", from)).toBe("Wrong console password.");
    expect(waitOf(await tryPassword(action, "guess-13", from))).toBe(2);
    // Another address signs in.
    expect(await tryPassword(action, CONSOLE.password, address())).toBe("");
  });

  it("refuses most of a burst of 200 concurrent guesses from one address", async () => {
    const action = await loginAction();
    const from = address();
    const started = Date.now();
    const messages = await Promise.all(Array.from({ length: 200 }, (_, i) => tryPassword(action, `burst-${i}`, from)));
    const tried = messages.filter((m) => m === "Wrong console password.").length;
    // The 10 free ones and the one that closes the door, then one per closed period (1 s, 2 s, 4 s...) that ends during the burst.
    expect(tried).toBeLessThanOrEqual(11 + Math.ceil(Math.log2((Date.now() - started) / 1000 + 1)));
    expect(messages.filter((m) => Number.isFinite(waitOf(m))).length).toBe(200 - tried);
  });
});
