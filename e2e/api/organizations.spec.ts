import { expect, test } from "@playwright/test";
import { signedInClient, uniqueName } from "../support";

test("an admin builds an organization with teams and members over REST", async ({ request }) => {
  const admin = await signedInClient(request);
  const alice = await signedInClient(request);
  const bob = await signedInClient(request);
  const outsider = await signedInClient(request);
  const name = `Acme ${uniqueName("")}`;

  const created = await request.post("/api/organizations", {
    headers: admin.headers,
    data: { name, description: "Our learners" },
  });
  expect(created.status()).toBe(201);
  const org = await created.json();
  expect(org).toMatchObject({
    name,
    role: "owner",
    member_count: 1,
    owner_id: expect.any(String),
    tenant_id: expect.any(String),
  });
  expect(org.slug).toMatch(/^acme-[a-z0-9-]+$/);
  const base = `/api/organizations/${org.id}`;

  const taken = await request.post("/api/organizations", {
    headers: admin.headers,
    data: { name: "Copy", slug: org.slug },
  });
  expect([taken.status(), (await taken.json()).detail.error]).toEqual([409, "slug_taken"]);

  const sales = await (
    await request.post(`${base}/teams`, { headers: admin.headers, data: { name: "Sales" } })
  ).json();
  const support = await request.post(`${base}/teams`, {
    headers: admin.headers,
    data: { name: "Support" },
  });
  expect(support.status()).toBe(201);

  const addAlice = await request.post(`${base}/members`, {
    headers: admin.headers,
    data: { email: alice.account.email, role: "manager", team_id: sales.id },
  });
  expect(addAlice.status()).toBe(201);
  expect(await addAlice.json()).toMatchObject({
    email: alice.account.email,
    role: "manager",
    team_id: sales.id,
    team_name: "Sales",
  });
  expect(
    (
      await request.post(`${base}/members`, {
        headers: admin.headers,
        data: { email: bob.account.email, team_id: sales.id },
      })
    ).status(),
  ).toBe(201);

  const dup = await request.post(`${base}/members`, {
    headers: admin.headers,
    data: { email: bob.account.email },
  });
  expect([dup.status(), (await dup.json()).detail.error]).toEqual([409, "conflict"]);
  const unknown = await request.post(`${base}/members`, {
    headers: admin.headers,
    data: { email: "nobody-here@example.com" },
  });
  expect([unknown.status(), (await unknown.json()).detail.error]).toEqual([404, "user_not_found"]);

  // The manager runs her own team: she may promote Bob, not make him an admin, nor touch the owner.
  const bobId = (await (await request.get("/api/auth/me", { headers: bob.headers })).json()).id;
  const promote = await request.patch(`${base}/members/${bobId}`, {
    headers: alice.headers,
    data: { role: "manager" },
  });
  expect((await promote.json()).role).toBe("manager");
  const tooHigh = await request.patch(`${base}/members/${bobId}`, {
    headers: alice.headers,
    data: { role: "admin" },
  });
  expect([tooHigh.status(), (await tooHigh.json()).detail.error]).toEqual([403, "forbidden"]);
  const adminId = org.owner_id;
  expect(
    (await request.delete(`${base}/members/${adminId}`, { headers: alice.headers })).status(),
  ).toBe(403);

  // PUT sets role and team together.
  const put = await request.put(`${base}/members/${bobId}`, {
    headers: admin.headers,
    data: { role: "member", team_id: null },
  });
  expect(await put.json()).toMatchObject({ role: "member", team_id: null });

  const members = await (
    await request.get(`${base}/members?limit=2`, { headers: admin.headers })
  ).json();
  expect(members.items).toHaveLength(2);
  const rest = await (
    await request.get(`${base}/members?limit=2&cursor=${members.next_cursor}`, {
      headers: admin.headers,
    })
  ).json();
  expect(rest).toMatchObject({
    items: [expect.objectContaining({ user_id: bobId })],
    next_cursor: null,
  });

  // Outsiders see nothing: 404, not 403.
  expect((await request.get(base, { headers: outsider.headers })).status()).toBe(404);
  expect((await request.get(`${base}/members`, { headers: outsider.headers })).status()).toBe(404);
  expect(
    (await request.patch(base, { headers: bob.headers, data: { name: "Bob's now" } })).status(),
  ).toBe(403);

  const renamed = await request.patch(`${base}/teams/${sales.id}`, {
    headers: admin.headers,
    data: { name: "Field sales" },
  });
  expect((await renamed.json()).name).toBe("Field sales");
  expect(
    (await request.delete(`${base}/teams/${sales.id}`, { headers: admin.headers })).status(),
  ).toBe(204);

  // Bob leaves; the last owner may not.
  expect(
    (await request.delete(`${base}/members/${bobId}`, { headers: bob.headers })).status(),
  ).toBe(204);
  const lastOwner = await request.delete(`${base}/members/${adminId}`, { headers: admin.headers });
  expect([lastOwner.status(), (await lastOwner.json()).detail.error]).toEqual([409, "conflict"]);

  const list = await (await request.get("/api/organizations", { headers: alice.headers })).json();
  expect(list.items.map((o: { id: string }) => o.id)).toContain(org.id);

  expect((await request.delete(base, { headers: alice.headers })).status()).toBe(403);
  expect((await request.delete(base, { headers: admin.headers })).status()).toBe(204);
  expect((await request.get(base, { headers: alice.headers })).status()).toBe(404);
  expect(
    (await request.get("/api/organizations/not-a-uuid", { headers: admin.headers })).status(),
  ).toBe(400);
});
