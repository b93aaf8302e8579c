import { describe, expect, it } from "vitest";
import { adminCookie, adminProcedures, baseURL, trpcMutation, trpcQuery } from "./admin-session";

const procedures = adminProcedures();

describe("the back office without a session", () => {
  it("has procedures to guard (the enumeration works)", () => {
    expect(procedures.length).toBeGreaterThanOrEqual(10);
    expect(procedures.map((p) => p.path)).toEqual(expect.arrayContaining(["admin.whoami", "admin.orders.cancel", "admin.orders.confirmDelivery", "admin.sync.start"]));
  });

  it.each(procedures)("$path ($type) answers UNAUTHORIZED", async ({ path, type }) => {
    // No input at all: the session is checked before the input is even read.
    const answer = type === "mutation" ? await trpcMutation(path, undefined) : await trpcQuery(path, undefined);
    expect(answer.status).toBe(401);
    expect(answer.code).toBe("UNAUTHORIZED");
  });

  it.each(["/admin", "/admin?state=funded", "/admin/api-log", "/admin/orders/3f2a9c1b-7d4e-4a5b-9c6d-0e1f2a3b4c5d"])("page %s redirects to the login page", async (path) => {
    const response = await fetch(`${baseURL()}${path}`, { redirect: "manual" });
    expect([303, 307, 308]).toContain(response.status);
    const location = new URL(response.headers.get("location")!, baseURL());
    expect(location.pathname).toBe("/login");
    expect(location.searchParams.get("callbackUrl")).toMatch(/^\/admin/);
  });
});

describe("the back office with the admin's session", () => {
  it("answers the procedures, and validates their input", async () => {
    const cookie = await adminCookie();
    expect((await trpcQuery("admin.whoami", undefined, { cookie })).data).toEqual({ email: "admin@demo.shop" });
    const list = await trpcQuery("admin.orders.list", { page: 1 }, { cookie });
    expect(list.status).toBe(200);
    expect(list.data).toMatchObject({ page: 1, counts: expect.objectContaining({ funded: expect.any(Number) }) });
    const bad = await trpcQuery("admin.orders.detail", { id: "not-a-uuid" }, { cookie });
    expect(bad).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    const unknown = await trpcQuery("admin.orders.detail", { id: "3f2a9c1b-7d4e-4a5b-9c6d-0e1f2a3b4c5d" }, { cookie });
    expect(unknown).toMatchObject({ status: 404, code: "NOT_FOUND" });
  });

  it("answers 404 pages for an unknown or malformed order id", async () => {
    const cookie = await adminCookie();
    for (const id of ["3f2a9c1b-7d4e-4a5b-9c6d-0e1f2a3b4c5d", "not-an-id"]) {
      const response = await fetch(`${baseURL()}/admin/orders/${id}`, { headers: { cookie }, redirect: "manual" });
      expect(response.status, id).toBe(404);
    }
    const list = await fetch(`${baseURL()}/admin?state=nonsense&page=-3`, { headers: { cookie } });
    expect(list.status).toBe(200);
  });

  it("refuses amounts that are not whole cents of euros, before anything else", async () => {
    const cookie = await adminCookie();
    const contact = { firstName: "Claire", lastName: "Martin", email: "claire@example.com", phoneNumber: "+33612345678" };
    for (const amount of ["12.345", "-1", "1e3", "0", "abc"]) {
      const answer = await trpcMutation("admin.orders.cancel", { id: "3f2a9c1b-7d4e-4a5b-9c6d-0e1f2a3b4c5d", amount, reason: "test", contact }, { cookie });
      expect(answer, amount).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    }
  });
});
