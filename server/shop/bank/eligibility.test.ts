import { describe, expect, it } from "vitest";
import type { EligibleSolutions } from "@/server/contract/types";
import { eligibilityQuery, eligibleSolutions } from "./eligibility";

const kit = (code: string, title?: string) => ({
  solutionCode: code,
  ...(title ? { visualTitle: title } : {}),
  visualInformationIcon: "https://bank.example/info.svg",
  visualAdditionalInformation: `About ${title ?? code}`,
  visualLegalText: "Un crédit vous engage et doit être remboursé.",
  visualLogo: `https://bank.example/${code}.svg`,
  visualInformationNoticeURL: "https://bank.example/notice.pdf",
  visualProductTermsURL: "https://bank.example/terms.pdf",
});

const answer: EligibleSolutions = {
  solutions: [
    { solutionCode: "SCFRLT-TXNO", familyCode: "SC", marketCode: "FR", conditions: "Taux de 3 % à 9 %", communicationKit: kit("SCFRLT-TXNO") },
    { solutionCode: "SCFRSP-3XTS", familyCode: "SC", marketCode: "FR", conditions: "SANS_FRAIS", communicationKit: kit("SCFRSP-3XTS", "3x") },
  ],
};

describe("the eligibility answer", () => {
  it("reads each solution with its kit, named as the storefront uses it", () => {
    const [credit, three] = eligibleSolutions(answer);
    expect(three).toEqual({
      solutionCode: "SCFRSP-3XTS",
      marketCode: "FR",
      conditions: "SANS_FRAIS",
      kit: {
        title: "3x",
        logoUrl: "https://bank.example/SCFRSP-3XTS.svg",
        legalText: "Un crédit vous engage et doit être remboursé.",
        additionalInformation: "About 3x",
        informationIconUrl: "https://bank.example/info.svg",
        tableImageUrl: undefined,
        noticeUrl: "https://bank.example/notice.pdf",
        termsUrl: "https://bank.example/terms.pdf",
      },
    });
    // A kit without a title is shown under the solution's code.
    expect(credit!.kit.title).toBe("SCFRLT-TXNO");
  });

  it("handles 'no solution' (the list is absent) as none", () => {
    expect(eligibleSolutions({})).toEqual([]);
    expect(eligibleSolutions(undefined)).toEqual([]);
  });

  it("asks the bank in euros", () => {
    expect(eligibilityQuery({ financedCents: 249990, buyerBillingCountry: "FR" })).toEqual({ financedAmount: 2499.9, buyerBillingCountry: "FR" });
  });
});
