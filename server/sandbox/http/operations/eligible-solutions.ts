import "server-only";
import type { EligibleSolutions } from "@/server/contract";
import { eligibleSolutionToApi } from "../../domain/communication-kit";
import { eligibleSolutions } from "../../domain/eligibility";
import { boundedCents } from "../amounts";
import { json, type ApiContext } from "../context";
import { SandboxHttpError } from "../errors";
import { isCountryCode } from "../iso-codes";
import { validateQuery } from "../validation";

/** GET /eligible-solutions: the merchant's solutions for this country and amount, each with its communication kit. */
export function getEligibleSolutions(ctx: ApiContext): Response {
  const query = validateQuery("getEligibleProductServices", ctx.url.searchParams, ctx.apiVersion);
  const country = query.buyerBillingCountry as string;
  const amount = query.financedAmount as number;
  if (!isCountryCode(country)) {
    throw new SandboxHttpError(400, "INVALID_COUNTRY_CODE", `buyerBillingCountry must be an ISO 3166-1 alpha-2 country code; rejected value "${country}"`);
  }
  if (!(amount > 0)) {
    throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", `Parameter 'financedAmount' must be greater than 0; rejected value ${amount}`);
  }
  const solutions = eligibleSolutions(ctx.merchant.solutionCodes, country, boundedCents(amount));
  // The contract: "An empty json object is returned if not eligible."
  const body: EligibleSolutions = solutions.length === 0 ? {} : { solutions: solutions.map((s) => eligibleSolutionToApi(s, ctx.origin)) };
  return json(body);
}
