import { expect, inject, it } from "vitest";

it("answers the readiness check over HTTP", async () => {
  const res = await fetch(`${inject("baseURL")}/api/health`);
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok" });
});

it("refuses admin procedures to anonymous callers", async () => {
  const res = await fetch(`${inject("baseURL")}/api/trpc/admin.whoami`);
  expect(res.status).toBe(401);
  const body = (await res.json()) as { error: { data: { code: string } } };
  expect(body.error.data.code).toBe("UNAUTHORIZED");
});

it("returns zod issues for bad tRPC input", async () => {
  const input = encodeURIComponent(JSON.stringify({ slug: "Not A Slug!" }));
  const res = await fetch(`${inject("baseURL")}/api/trpc/catalog.bySlug?input=${input}`);
  expect(res.status).toBe(400);
  const body = (await res.json()) as { error: { data: { zodError: { fieldErrors: Record<string, string[]> } } } };
  expect(Object.keys(body.error.data.zodError.fieldErrors)).toContain("slug");
});
