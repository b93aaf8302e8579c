/**
 * Holds our own OpenAPI files to the vendor's contracts: same machine-readable
 * parts (types, formats, enums, required lists, constraints, $ref structure,
 * status codes, content types), prose free to differ.
 */
import { describe, expect, it } from "vitest";
import {
  collectRefs,
  compareOperations,
  compareSchemas,
  componentSchemas,
  diffValues,
  failures,
  isObject,
  listOperations,
  resolveLocalRef,
  schemasUsedBy,
  securityContract,
  stripProse,
} from "./compare";
import { CONTRACT_NAMES, loadContract, type ContractName } from "./index";
import { lintContract } from "./lint";
import { loadReference, REFERENCE_AVAILABLE, REFERENCE_DIR } from "./reference";

type Doc = Record<string, unknown>;

/**
 * The comparisons need the vendor's specs, kept outside the project. Where
 * they are missing the suites are reported as skipped, loudly, not passed.
 */
function missingReference(): void {
  it.skip(`vendor specs not found in ${REFERENCE_DIR} (set CONTRACT_REFERENCE_DIR)`, () => {});
}

function describeWithReference(name: string, body: () => void): void {
  describe(name, REFERENCE_AVAILABLE ? body : missingReference);
}

/** A mutable copy of one of our documents. */
function copyOf(name: ContractName): Doc {
  return structuredClone(loadContract(name)) as Doc;
}

/** The object (or array) found by following keys; throws when there is none, so a typo fails loudly. */
function at(doc: unknown, ...keys: string[]): Doc {
  let node: unknown = doc;
  for (const key of keys) {
    const next: unknown = typeof node === "object" && node !== null ? (node as Doc)[key] : undefined;
    if (typeof next !== "object" || next === null) throw new Error(`nothing at ${keys.join(".")}`);
    node = next;
  }
  return node as Doc;
}

/** What differs between the two E-financing versions' checks: names the vendor changed, operation counts. */
const E_FINANCING_VERSIONS = [
  { name: "e-financing", version: "1.4.0", operationCount: 7, detail: "CreditSubscriptionResponse", cancelAnswer: "CancellationResponse" },
  { name: "e-financing-1.7.1", version: "1.7.1", operationCount: 8, detail: "CreditSubscriptionDtoResponse", cancelAnswer: "CreditCancellationResponse" },
] as const;

describe.each(E_FINANCING_VERSIONS)("$name.yaml keeps the vendor's E-financing $version contract", ({ name, version, operationCount, detail, cancelAnswer }) => {
  if (!REFERENCE_AVAILABLE) return missingReference();
  const ours = loadContract(name);
  const reference = loadReference(name);
  const operations = compareOperations(ours, reference);
  const schemas = compareSchemas(ours, reference);

  it("describes the version it is held to", () => {
    expect(ours.info.version).toBe(version);
    expect(at(reference, "info").version).toBe(version);
  });

  it("has the same OpenAPI version, paths and operations", () => {
    expect(ours.openapi).toBe(reference.openapi);
    expect(Object.keys(ours.paths).sort()).toEqual(Object.keys(at(reference, "paths")).sort());
    expect([...listOperations(ours).keys()].sort()).toEqual([...listOperations(reference).keys()].sort());
    expect(Object.keys(operations)).toHaveLength(operationCount);
  });

  it.each(Object.keys(operations))("operation %s", (key) => {
    expect(operations[key]).toEqual([]);
  });

  it("has the same component schemas", () => {
    expect(Object.keys(componentSchemas(ours)).sort()).toEqual(Object.keys(componentSchemas(reference)).sort());
  });

  it.each(Object.keys(schemas))("schema %s", (schema) => {
    expect(schemas[schema]).toEqual([]);
  });

  it("keeps the vendor's quirks", () => {
    const mine = componentSchemas(ours);
    expect(at(mine, detail, "properties", "basketDetails").type).toBe("string");
    expect(at(mine, cancelAnswer, "properties", "status").enum).toContain("CANCEL_PART_ACCEPTED");
    expect(at(ours, "paths", "/_simulate-solutions", "post", "responses", "400", "content")).toHaveProperty(["*/*"]);
    expect(at(ours, "paths", "/eligible-solutions", "get", "responses", "403", "content", "application/json")).toEqual({});
  });

  it("requires the same OAuth2 client-credentials scheme and scope", () => {
    expect(securityContract(ours)).toEqual(securityContract(reference));
    const flow = at(ours, "components", "securitySchemes", "oauth-flows", "flows", "clientCredentials");
    expect(Object.keys(at(flow, "scopes"))).toEqual(["e-financing:rw"]);
  });
});

describe("e-financing-1.7.1.yaml has what a 1.4.0 client meets on the live bank", () => {
  const ours = loadContract("e-financing-1.7.1");
  const schemas = componentSchemas(ours);
  const operations = listOperations(ours);

  it("requires the journey's language on POST /subscriptions", () => {
    const parameters = at(ours, "paths", "/subscriptions", "post", "parameters") as unknown as Doc[];
    expect(parameters).toEqual([expect.objectContaining({ name: "language", in: "query", required: true })]);
  });

  it("confirms a return with a required isReturned, answered by 204", () => {
    const confirmReturn = operations.get("POST /subscriptions/{creditSubscriptionId}/_confirmReturn")?.operation;
    expect(confirmReturn?.operationId).toBe("doConfirmReturn");
    expect(Object.keys(at(confirmReturn, "responses"))).toContain("204");
    expect(at(schemas, "ConfirmReturnRequest").required).toEqual(["isReturned"]);
  });

  it("carries consolidatedSubstatus on the list item and the detail, which drops clientId and merchantId", () => {
    for (const schema of ["CreditSubscriptionDto", "CreditSubscriptionDtoResponse"]) {
      expect(at(schemas, schema, "properties", "consolidatedSubstatus").type).toBe("string");
      expect(at(schemas, schema).required).toContain("cancellationAlreadyMade");
    }
    const detail = at(schemas, "CreditSubscriptionDtoResponse", "properties");
    expect(detail).not.toHaveProperty("clientId");
    expect(detail).not.toHaveProperty("merchantId");
  });

  it("answers pending cancellations and lists errors", () => {
    expect(at(schemas, "CreditCancellationResponse", "properties", "status").enum).toEqual(
      expect.arrayContaining(["REQUEST_CANCELLATION", "REQUEST_PART_CANCELLATION"]),
    );
    expect(at(schemas, "BaasExceptionHttpResponse", "properties", "errors", "items").$ref).toBe("#/components/schemas/ErrorCodeAndMessage");
  });

  it("limits the subscription body as the live bank does", () => {
    expect(at(schemas, "Contact", "properties", "email").maxLength).toBe(320);
    expect(at(schemas, "Contact", "properties", "email")).not.toHaveProperty("pattern");
    expect(at(schemas, "InitiateCreditSubscriptionRequest", "properties", "buyers")).toMatchObject({ minItems: 1, maxItems: 100 });
  });
});

describeWithReference("merchant-webhooks.yaml keeps the vendor's contract for the operations it describes", () => {
  const described = ["GET /webhooks", "PUT /webhooks", "POST /events/tests/_trigger", "GET /events", "GET /event-types"];
  const ours = loadContract("merchant-webhooks");
  const reference = loadReference("merchant-webhooks");
  const operations = compareOperations(ours, reference, described);
  const used = schemasUsedBy(reference, described);
  const schemas = compareSchemas(ours, reference, used);

  it("describes exactly the operations the shop uses", () => {
    expect([...listOperations(ours).keys()].sort()).toEqual([...described].sort());
  });

  it.each(described)("operation %s", (key) => {
    expect(operations[key]).toEqual([]);
  });

  it("has exactly the schemas those operations use, event payloads included", () => {
    expect(Object.keys(componentSchemas(ours)).sort()).toEqual(used);
    expect(used).toEqual(expect.arrayContaining(["WebhookEventForMerchant", "WebhookEventPayload", "ScSubscriptionPayload", "ScCancelRequestPayload"]));
  });

  it.each(used)("schema %s", (name) => {
    expect(schemas[name]).toEqual([]);
  });

  it("requires the same OAuth2 scheme and scope", () => {
    expect(securityContract(ours)).toEqual(securityContract(reference));
  });
});

describeWithReference("auth-server.yaml keeps what the vendor's token operation says about client credentials", () => {
  const ours = loadContract("auth-server");
  const reference = loadReference("auth-server");
  const theirs = at(reference, "paths", "/oauth2/token", "post");
  const mine = at(ours, "paths", `${String(reference.basePath)}/oauth2/token`, "post");
  const theirParameters = (theirs.parameters as Doc[]).filter(isObject);
  // Parameters the vendor documents for the authorization-code and refresh-token grants only.
  const otherGrants = ["code", "redirect_uri", "refresh_token"];
  const kept = theirParameters.filter((p) => p.in === "formData" && !otherGrants.includes(String(p.name)));

  function resolve(node: unknown): Doc {
    const ref = isObject(node) ? node.$ref : undefined;
    return (typeof ref === "string" ? resolveLocalRef(ours, ref) : node) as Doc;
  }

  it("is the same path, method and media types", () => {
    expect(theirs.consumes).toEqual(Object.keys(at(mine, "requestBody", "content")));
    expect(theirs.produces).toEqual(Object.keys(at(mine, "responses", "200", "content")));
    expect(at(mine, "requestBody").required).toBe(true);
  });

  it("takes the form fields grant_type and scope with the vendor's types and required flags", () => {
    expect(kept.map((p) => p.name)).toEqual(["grant_type", "scope"]);
    const expected = {
      type: "object",
      required: kept.filter((p) => p.required).map((p) => p.name),
      properties: Object.fromEntries(kept.map((p) => [p.name, { type: p.type }])),
    };
    const form = resolve(at(mine, "requestBody", "content", "application/x-www-form-urlencoded").schema);
    expect(diffValues(stripProse(form), expected)).toEqual([]);
  });

  it("authenticates the client with HTTP Basic, as the vendor's required Authorization header says", () => {
    const header = theirParameters.find((p) => p.in === "header" && p.name === "Authorization");
    expect(header?.required).toBe(true);
    const requirements = mine.security as Doc[];
    expect(requirements).toHaveLength(1);
    const schemeName = Object.keys(requirements[0] ?? {})[0] ?? "";
    expect(stripProse(at(ours, "components", "securitySchemes", schemeName))).toEqual({ type: "http", scheme: "basic" });
  });

  it("answers 200, 400 and 401, the errors without a described body like the vendor's", () => {
    const theirResponses = at(theirs, "responses");
    expect(Object.keys(at(mine, "responses")).sort()).toEqual(Object.keys(theirResponses).sort());
    for (const status of ["400", "401"]) {
      expect(at(theirResponses, status).schema).toBeUndefined();
      expect(at(mine, "responses", status).content).toBeUndefined();
    }
  });

  it("returns the vendor's token fields for client credentials, plus the documented scope", () => {
    const theirToken = stripProse(at(theirs, "responses", "200", "schema")) as Doc;
    const myToken = stripProse(resolve(at(mine, "responses", "200", "content", "application/json").schema)) as Doc;
    const theirFields = at(theirToken, "properties");
    const myFields = { ...at(myToken, "properties") };
    // Only issued for the authorization-code and refresh-token grants.
    const notForClientCredentials = ["id_token", "refresh_token", "state"];
    expect(Object.keys(theirFields).filter((field) => !(field in myFields)).sort()).toEqual(notForClientCredentials);
    expect(myFields.scope).toEqual({ type: "string" });
    delete myFields.scope;
    const theirKept = Object.fromEntries(Object.entries(theirFields).filter(([field]) => !notForClientCredentials.includes(field)));
    expect(diffValues({ ...myToken, properties: myFields }, { ...theirToken, properties: theirKept })).toEqual([]);
    expect(at(theirFields, "expires_in").type).toBe("integer");
  });
});

describe.each(CONTRACT_NAMES)("%s.yaml is a structurally valid OpenAPI 3 document", (name) => {
  const doc = loadContract(name);

  it("is OpenAPI 3.0", () => {
    expect(doc.openapi).toMatch(/^3\.0\.\d+$/);
  });

  it("resolves every $ref and discriminator mapping", () => {
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(name === "auth-server" ? 1 : 10);
    expect(refs.filter(({ ref }) => resolveLocalRef(doc, ref) === undefined)).toEqual([]);
  });

  it("passes Redocly's lint (structure, refs, path parameters, unique operationIds, valid examples)", async () => {
    expect(await lintContract(doc, `${name}.yaml`)).toEqual([]);
  });
});

describeWithReference("the checks can fail", () => {
  const reference = loadReference("e-financing");

  it("reports a changed maxLength, a dropped enum value and a dropped required field", () => {
    const doc = copyOf("e-financing");
    const schemas = at(doc, "components", "schemas");
    at(schemas, "ConfirmDeliveryRequest", "properties", "trackingNumber").maxLength = 99;
    const status = at(schemas, "CancellationResponse", "properties", "status");
    status.enum = (status.enum as string[]).filter((value) => value !== "CANCEL_PART_REJECTED");
    const contact = at(schemas, "Contact");
    contact.required = (contact.required as string[]).filter((field) => field !== "email");

    const report = failures(compareSchemas(doc, reference));
    expect(Object.keys(report).sort()).toEqual(["CancellationResponse", "ConfirmDeliveryRequest", "Contact"]);
    expect(report.ConfirmDeliveryRequest).toEqual(["properties.trackingNumber.maxLength: ours 99, reference 100"]);
    expect(report.CancellationResponse?.[0]).toMatch(/^properties\.status\.enum: ours has 10 items/);
    expect(report.Contact).toEqual(['required: missing in ours ["email"]']);
  });

  it("reports a changed parameter default, a changed status code and a lost content type", () => {
    const doc = copyOf("e-financing");
    const list = at(doc, "paths", "/subscriptions", "get");
    const page = (list.parameters as Doc[]).find((p) => p.name === "page");
    at(page, "schema").default = 0;
    const create = at(doc, "paths", "/subscriptions", "post", "responses");
    create["200"] = create["201"];
    delete create["201"];
    delete at(doc, "paths", "/_simulate-solutions", "post", "responses", "401", "content")["*/*"];

    const report = failures(compareOperations(doc, reference));
    expect(report["GET /subscriptions"]).toEqual(["parameters.query:page.schema.default: ours 0, reference 1"]);
    expect(report["POST /subscriptions"]).toEqual([
      expect.stringMatching(/^responses\.200: not in the reference/),
      expect.stringMatching(/^responses\.201: missing in ours/),
    ]);
    expect(report["POST /_simulate-solutions"]).toEqual([expect.stringMatching(/^responses\.401\.content\.\*\/\*: missing in ours/)]);
  });

  it("reports a 1.7.1 document that lost the required language or the return confirmation", () => {
    const doc = copyOf("e-financing-1.7.1");
    at(doc, "paths", "/subscriptions", "post", "parameters", "0").required = false;
    delete at(doc, "paths")["/subscriptions/{creditSubscriptionId}/_confirmReturn"];
    expect(failures(compareOperations(doc, loadReference("e-financing-1.7.1")))).toEqual({
      "POST /subscriptions": ["parameters.query:language.required: ours false, reference true"],
      "POST /subscriptions/{creditSubscriptionId}/_confirmReturn": ["operation missing in ours"],
    });
  });

  it("reports a missing operation and an extra one", () => {
    const doc = copyOf("e-financing");
    const paths = at(doc, "paths");
    paths["/subscriptions/{creditSubscriptionId}/_refund"] = paths["/subscriptions/{creditSubscriptionId}/_cancel"];
    delete paths["/subscriptions/{creditSubscriptionId}/_cancel"];
    expect(failures(compareOperations(doc, reference))).toEqual({
      "POST /subscriptions/{creditSubscriptionId}/_cancel": ["operation missing in ours"],
      "POST /subscriptions/{creditSubscriptionId}/_refund": ["operation not in the reference"],
    });
  });

  it("ignores prose but not a property that happens to be called description", () => {
    const doc = copyOf("e-financing");
    const item = at(doc, "components", "schemas", "BasketItem");
    item.description = "Reworded";
    at(item, "properties", "price").example = 1;
    expect(failures(compareSchemas(doc, reference))).toEqual({});

    delete at(item, "properties").description;
    expect(failures(compareSchemas(doc, reference)).BasketItem).toEqual([
      expect.stringMatching(/^properties\.description: missing in ours/),
    ]);
  });

  it("reports a $ref that leads nowhere", async () => {
    const doc = copyOf("e-financing");
    at(doc, "components", "schemas", "Buyer", "properties", "contact").$ref = "#/components/schemas/Nobody";
    expect(collectRefs(doc).filter(({ ref }) => resolveLocalRef(doc, ref) === undefined)).toEqual([
      { at: "#/components/schemas/Buyer/properties/contact/$ref", ref: "#/components/schemas/Nobody" },
    ]);
    expect(await lintContract(doc)).toEqual([expect.stringMatching(/^error no-unresolved-refs: .* at #\/components\/schemas\/Buyer\/properties\/contact$/)]);
  });

  it("reports structural errors and examples that contradict their schema", async () => {
    const doc = copyOf("e-financing");
    const eligible = at(doc, "paths", "/eligible-solutions", "get");
    at(eligible, "parameters", "0").in = "body";
    delete at(eligible, "responses", "200").description;
    at(doc, "components", "schemas", "Contact", "properties", "email").example = "not an email";
    const problems = await lintContract(doc);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error struct: `in` can be one of .* at #\/paths\/~1eligible-solutions\/get\/parameters\/0\/in$/),
        expect.stringMatching(/^error struct: The field `description` must be present .* at #\/paths\/~1eligible-solutions\/get\/responses\/200$/),
        expect.stringMatching(/^error no-invalid-schema-examples: .*must match pattern.* at #\/components\/schemas\/Contact\/properties\/email\/example$/),
      ]),
    );
  });
});
