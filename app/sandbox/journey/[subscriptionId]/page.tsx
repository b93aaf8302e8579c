import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { eurosText, localeOf } from "@/server/sandbox/domain/text-format";
import { journeyView, openJourney, type JourneyView } from "@/server/sandbox/journeys/journey";
import { journeyTexts, type JourneyTexts } from "@/server/sandbox/journeys/texts";
import { BankFrame } from "../_components/bank-frame";
import { ApplicationStep, CardStep, IdentityStep, KycStep, SignatureStep, type StepProps } from "../_components/steps";
import "../bank.css";

// The journey URL carries its token: never hand it to another site in a Referer
// ("no-referrer" would also blank the Origin of the page's own form posts).
export const metadata: Metadata = { title: "Votre financement", referrer: "same-origin" };

type Props = {
  params: Promise<{ subscriptionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const STEP_COMPONENTS = {
  identity: IdentityStep,
  card: CardStep,
  application: ApplicationStep,
  signature: SignatureStep,
  kyc: KycStep,
} as const;

function stepTitle(texts: JourneyTexts, step: keyof typeof STEP_COMPONENTS): { title: string; intro: string } {
  return texts[step];
}

function Summary({ view, texts }: { view: JourneyView; texts: JourneyTexts }) {
  const locale = localeOf(view.solution.market);
  return (
    <aside className="bank-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{texts.summaryTitle}</h2>
      {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG of the bank's kit */}
      <img src={view.kitLogo} alt="" width={160} height={48} />
      <p>{view.kitTitle}</p>
      <dl>
        <dt>{texts.merchant}</dt>
        <dd>{view.merchantName}</dd>
        <dt>{texts.orderRef}</dt>
        <dd>{view.orderReference}</dd>
        <dt>{texts.amount}</dt>
        <dd>{eurosText(view.subscription.initialAmountCents, locale)}</dd>
      </dl>
    </aside>
  );
}

function StepNav({ view, texts }: { view: JourneyView; texts: JourneyTexts }) {
  return (
    <nav aria-label={texts.stepsLabel}>
      <ol className="bank-steps">
        {view.steps.map((step, index) => (
          <li
            key={step}
            aria-current={index === view.stepIndex ? "step" : undefined}
            data-state={index < view.stepIndex ? "done" : index === view.stepIndex ? "current" : "todo"}
          >
            {texts.steps[step]}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Closed({ view, texts }: { view: JourneyView; texts: JourneyTexts }) {
  return (
    <section className="bank-card" aria-labelledby="step-title">
      <h1 id="step-title">{texts.closed.title}</h1>
      <p>
        {texts.closed.statusIntro} <strong>{texts.status[view.subscription.status] ?? view.subscription.status}</strong>
      </p>
      {view.returnUrl ? (
        <p>
          <a href={view.returnUrl} className="bank-primary" style={{ display: "inline-block", textDecoration: "none" }}>
            {texts.closed.back}
          </a>
        </p>
      ) : (
        <p>{texts.closed.noReturn}</p>
      )}
    </section>
  );
}

export default async function JourneyPage({ params, searchParams }: Props) {
  const { subscriptionId } = await params;
  const { t } = await searchParams;
  const journey = openJourney(subscriptionId, typeof t === "string" ? t : undefined);
  if (!journey) notFound();
  const view = journeyView(journey);
  const texts = journeyTexts(view.language);
  const brand = view.solution.producer === "HANSEATIC BANK" ? "hanseatic" : "franfinance";
  const base = `/sandbox/journey/${view.subscription.id}`;

  if (!view.step) {
    return (
      <BankFrame brand={brand} language={view.language} texts={texts}>
        <StepNav view={view} texts={texts} />
        <div className="bank-grid">
          <Closed view={view} texts={texts} />
          <Summary view={view} texts={texts} />
        </div>
      </BankFrame>
    );
  }

  const Step = STEP_COMPONENTS[view.step];
  const { title, intro } = stepTitle(texts, view.step);
  const stepProps: StepProps = { view, texts, locale: localeOf(view.solution.market), action: `${base}/submit` };
  const wrongStep = view.notice?.code === "wrong-step" ? texts.notice["wrong-step"] : undefined;
  // The German KYC comes after the producer's pre-approval: leaving it keeps the application, so the way out says so.
  const afterPreApproval = view.step === "kyc";
  return (
    <BankFrame brand={brand} language={view.language} texts={texts}>
      <StepNav view={view} texts={texts} />
      <div className="bank-grid">
        <section className="bank-card" aria-labelledby="step-title">
          <p className="bank-step-count">{texts.stepOf(view.stepIndex + 1, view.steps.length)}</p>
          <h1 id="step-title">{title}</h1>
          <p className="bank-intro">{intro}</p>
          {wrongStep ? <p className="bank-alert bank-alert-info">{wrongStep}</p> : null}
          {view.notice?.code === "pre-approved" ? (
            <div className="bank-alert bank-alert-info" role="status">
              <p>{texts.kyc.preApproved}</p>
              {view.returnUrl ? (
                <p>
                  <a href={view.returnUrl}>{texts.kyc.backNow}</a>
                </p>
              ) : null}
            </div>
          ) : null}
          <Step {...stepProps} />
          <form method="post" action={`${base}/cancel`} className="bank-cancel">
            <input type="hidden" name="t" value={view.subscription.journeyToken} />
            <button type="submit" className="bank-link-button">
              {afterPreApproval ? texts.kyc.later : texts.cancel}
            </button>
            <p>{afterPreApproval ? texts.kyc.laterHint : texts.cancelHint}</p>
          </form>
        </section>
        <Summary view={view} texts={texts} />
      </div>
    </BankFrame>
  );
}
