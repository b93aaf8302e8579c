import { eurosText, percentText, type BankLocale } from "@/server/sandbox/domain/text-format";
import { TEST_CARDS } from "@/server/sandbox/domain/test-cards";
import { GERMAN_TEST_IBAN, formatIban } from "@/server/sandbox/domain/iban";
import { FR_AUTO_ACCEPT_LIMIT_CENTS } from "@/server/sandbox/planning/follow-ups";
import { schedule, type JourneyView } from "@/server/sandbox/journeys/journey";
import type { JourneyTexts } from "@/server/sandbox/journeys/texts";
import { CheckField, ErrorSummary, Field, FieldGroup, fieldError, StepFields, SubmitRow } from "./fields";

export interface StepProps {
  view: JourneyView;
  texts: JourneyTexts;
  locale: BankLocale;
  action: string;
}

function errorsOf(view: JourneyView): Record<string, string> {
  return view.notice?.code === "invalid-form" ? (view.notice.errors ?? {}) : {};
}

function valuesOf(view: JourneyView): Record<string, string> {
  return view.notice?.values ?? {};
}

/** A box the buyer had ticked before the form came back with errors. */
function ticked(value: string | undefined): boolean {
  return value === "on" || value === "true";
}

function formatDate(time: number, locale: BankLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Paris" }).format(time);
}

/** Split payment, screen 1: the buyer confirms the identity the merchant sent. */
export function IdentityStep({ view, texts, action }: StepProps) {
  const t = texts.identity;
  const errors = errorsOf(view);
  const typed = valuesOf(view);
  const buyer = view.subscription.request.buyers?.[0];
  const value = (name: string, fromRequest: string | undefined) => typed[name] ?? fromRequest ?? "";
  const err = (name: string) => fieldError(texts, errors[name]);
  const title = value("commonTitle", buyer?.contact.commonTitle);
  return (
    <form method="post" action={action} noValidate>
      <StepFields token={view.subscription.journeyToken} step="identity" />
      <ErrorSummary
        texts={texts}
        errors={errors}
        labels={{ commonTitle: t.commonTitle, firstName: t.firstName, lastName: t.lastName, email: t.email, mobilePhoneNumber: t.mobilePhoneNumber, birthDate: t.birthDate, confirm: t.confirm }}
      />
      <FieldGroup name="commonTitle" legend={t.commonTitle} error={err("commonTitle")} className="bank-field">
        <div className="bank-inline-choices">
          <label>
            <input type="radio" id="f-commonTitle" name="commonTitle" value="MRS" defaultChecked={title === "MRS"} required /> {t.mrs}
          </label>
          <label>
            <input type="radio" name="commonTitle" value="MR" defaultChecked={title === "MR"} /> {t.mr}
          </label>
        </div>
      </FieldGroup>
      <div className="bank-row">
        <Field name="firstName" label={t.firstName} error={err("firstName")}>
          {(aria) => <input type="text" {...aria} autoComplete="given-name" defaultValue={value("firstName", buyer?.contact.firstName)} required />}
        </Field>
        <Field name="lastName" label={t.lastName} error={err("lastName")}>
          {(aria) => <input type="text" {...aria} autoComplete="family-name" defaultValue={value("lastName", buyer?.contact.lastName)} required />}
        </Field>
      </div>
      <Field name="email" label={t.email} error={err("email")}>
        {(aria) => <input type="email" {...aria} autoComplete="email" defaultValue={value("email", buyer?.contact.email)} required />}
      </Field>
      <Field name="mobilePhoneNumber" label={t.mobilePhoneNumber} hint={t.mobileHint} error={err("mobilePhoneNumber")}>
        {(aria) => <input type="tel" {...aria} autoComplete="tel" defaultValue={value("mobilePhoneNumber", buyer?.contact.mobilePhoneNumber)} required />}
      </Field>
      <Field name="birthDate" label={t.birthDate} error={err("birthDate")}>
        {(aria) => <input type="date" className="bank-short" {...aria} autoComplete="bday" defaultValue={value("birthDate", buyer?.birthDate?.slice(0, 10))} required />}
      </Field>
      <CheckField name="confirm" label={t.confirm} error={err("confirm")} defaultChecked={ticked(typed.confirm)} />
      <SubmitRow>{texts.continue}</SubmitRow>
    </form>
  );
}

/** Split payment, screen 2: the schedule and the card form. */
export function CardStep({ view, texts, locale, action }: StepProps) {
  const t = texts.card;
  const errors = errorsOf(view);
  const err = (name: string) => fieldError(texts, errors[name]);
  const offer = view.offers[0]!;
  const installments = schedule(offer, view.now);
  const notice = view.notice && view.notice.code !== "invalid-form" ? texts.notice[view.notice.code] : undefined;
  return (
    <>
      <table>
        <caption>{t.schedule}</caption>
        <thead>
          <tr>
            <th scope="col">{t.installment}</th>
            <th scope="col">{t.dueDate}</th>
            <th scope="col" className="num">
              {t.amountCol}
            </th>
          </tr>
        </thead>
        <tbody>
          {installments.map((i) => (
            <tr key={i.number}>
              <td>{i.number}</td>
              <td>{i.number === 1 ? t.today : formatDate(i.dueAt, locale)}</td>
              <td className="num">{eurosText(i.amountCents, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t.total}
              {offer.feesCents > 0 ? ` (${t.fees} ${eurosText(offer.feesCents, locale)})` : ""}
            </th>
            <td className="num">{eurosText(offer.dueTotalCents, locale)}</td>
          </tr>
        </tfoot>
      </table>
      <form method="post" action={action} noValidate autoComplete="off">
        <StepFields token={view.subscription.journeyToken} step="card" />
        {notice ? (
          <div className="bank-alert" role="alert">
            {notice}
          </div>
        ) : null}
        <ErrorSummary texts={texts} errors={errors} labels={{ cardNumber: t.cardNumber, cardExpiry: t.cardExpiry, cardCvc: t.cardCvc, cardHolder: t.cardHolder }} />
        <Field name="cardNumber" label={t.cardNumber} hint={t.cardNumberHint} error={err("cardNumber")}>
          {(aria) => <input type="text" {...aria} inputMode="numeric" autoComplete="cc-number" maxLength={23} required />}
        </Field>
        <div className="bank-row">
          <Field name="cardExpiry" label={t.cardExpiry} hint={t.cardExpiryHint} error={err("cardExpiry")}>
            {(aria) => <input type="text" className="bank-short" {...aria} inputMode="numeric" autoComplete="cc-exp" maxLength={7} placeholder="MM/AA" required />}
          </Field>
          <Field name="cardCvc" label={t.cardCvc} hint={t.cardCvcHint} error={err("cardCvc")}>
            {(aria) => <input type="password" className="bank-short" {...aria} inputMode="numeric" autoComplete="cc-csc" maxLength={3} required />}
          </Field>
        </div>
        <Field name="cardHolder" label={t.cardHolder} error={err("cardHolder")}>
          {(aria) => <input type="text" {...aria} autoComplete="cc-name" required />}
        </Field>
        <details>
          <summary>{t.testCardsTitle}</summary>
          <p>{t.testCardsIntro}</p>
          <ul>
            {TEST_CARDS.map((card) => (
              <li key={card.number}>
                <code>{card.number.replace(/(\d{4})(?=\d)/g, "$1 ")}</code> ({card.brand}) : {card.outcome === "accepted" ? t.accepted : t.refused}
              </li>
            ))}
          </ul>
        </details>
        <SubmitRow>{t.pay(eurosText(offer.installments[0]!.amountCents, locale))}</SubmitRow>
      </form>
    </>
  );
}

/** Long credit, screen 1: duration, account, income (and in France an identity document). */
export function ApplicationStep({ view, texts, locale, action }: StepProps) {
  const t = texts.application;
  const errors = errorsOf(view);
  const typed = valuesOf(view);
  const err = (name: string) => fieldError(texts, errors[name]);
  const french = view.solution.market === "FR";
  const chosen = Number(typed.durationMonths ?? view.subscription.durationMonths ?? 0);
  const preselected = view.offers.some((o) => o.duration === chosen) ? chosen : (view.offers.find((o) => o.duration === 12) ?? view.offers[0])?.duration;
  const labels: Record<string, string> = { durationMonths: t.duration, iban: t.iban, monthlyIncome: t.monthlyIncome, identityDocument: t.identityDocument };
  return (
    <form method="post" action={action} encType="multipart/form-data" noValidate>
      <StepFields token={view.subscription.journeyToken} step="application" />
      <ErrorSummary texts={texts} errors={errors} labels={labels} />
      <FieldGroup name="durationMonths" legend={t.duration} error={err("durationMonths")}>
        {view.offers.map((offer, index) => (
          <label key={offer.duration} className="bank-choice">
            <input
              type="radio"
              name="durationMonths"
              value={offer.duration}
              id={index === 0 ? "f-durationMonths" : undefined}
              defaultChecked={offer.duration === preselected}
              required
            />
            <span>
              <strong>{t.months(offer.duration)}</strong> — {t.perMonth(eurosText(offer.installments[0]!.amountCents, locale))}
              <br />
              <small>
                {t.aprc(percentText(offer.effectiveAnnualPercentageRate, locale))}, {t.totalDue(eurosText(offer.dueTotalCents, locale))}
              </small>
            </span>
          </label>
        ))}
      </FieldGroup>
      <Field name="iban" label={t.iban} hint={t.ibanHint} error={err("iban")}>
        {(aria) => (
          <input
            type="text"
            {...aria}
            autoComplete="off"
            spellCheck={false}
            defaultValue={typed.iban ?? (french ? "" : formatIban(GERMAN_TEST_IBAN))}
            maxLength={42}
            required
          />
        )}
      </Field>
      <Field name="monthlyIncome" label={t.monthlyIncome} error={err("monthlyIncome")}>
        {(aria) => <input type="text" className="bank-short" {...aria} inputMode="decimal" defaultValue={typed.monthlyIncome ?? ""} required />}
      </Field>
      {french ? (
        <FieldGroup name="identityDocument" legend={t.identityDocument} hint={t.documentHint} error={err("identityDocument")}>
          <div className="bank-field">
            <input type="file" id="f-identityDocument" name="identityDocument" accept="application/pdf,image/jpeg,image/png" aria-label={t.identityDocument} />
          </div>
          <label className="bank-check">
            <input type="checkbox" name="simulatedDocument" defaultChecked={ticked(typed.simulatedDocument)} />
            <span>{t.simulatedDocument}</span>
          </label>
        </FieldGroup>
      ) : null}
      <SubmitRow>{t.submit}</SubmitRow>
    </form>
  );
}

interface ApplicationAnswers {
  durationMonths?: number;
  ibanMasked?: string;
  document?: { name: string } | "simulated" | null;
}

function ContractSummary({ view, texts, locale }: Omit<StepProps, "action">) {
  const t = texts.signature;
  const answers = (view.answers.application ?? {}) as ApplicationAnswers;
  const offer = view.offers.find((o) => o.duration === answers.durationMonths) ?? view.offers[0]!;
  const document = answers.document === "simulated" ? t.simulatedDocument : answers.document?.name;
  const rows: [string, string][] = [
    [t.lender, view.solution.producer === "FRANFINANCE" ? "Franfinance" : "Hanseatic Bank"],
    [texts.amount, eurosText(view.subscription.initialAmountCents, locale)],
    [t.duration, texts.application.months(offer.duration)],
    [t.monthly, eurosText(offer.installments[0]!.amountCents, locale)],
    [t.nominalRate, percentText(offer.nominalPercentageRate, locale)],
    [t.aprc, percentText(offer.effectiveAnnualPercentageRate, locale)],
    [t.totalCost, eurosText(offer.totalCostCents, locale)],
    [t.totalDue, eurosText(offer.dueTotalCents, locale)],
    ...(answers.ibanMasked ? ([[t.account, answers.ibanMasked]] as [string, string][]) : []),
    ...(document ? ([[t.document, document]] as [string, string][]) : []),
  ];
  return (
    <table className="bank-contract">
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** French long credit, screen 2: the e-signature. */
export function SignatureStep({ view, texts, locale, action }: StepProps) {
  const t = texts.signature;
  const errors = errorsOf(view);
  return (
    <form method="post" action={action} noValidate>
      <StepFields token={view.subscription.journeyToken} step="signature" />
      <ErrorSummary texts={texts} errors={errors} labels={{ acceptContract: t.acceptContract }} />
      <ContractSummary view={view} texts={texts} locale={locale} />
      {view.subscription.initialAmountCents >= FR_AUTO_ACCEPT_LIMIT_CENTS ? <p className="bank-alert bank-alert-info">{t.reviewNote}</p> : null}
      <CheckField name="acceptContract" label={t.acceptContract} error={fieldError(texts, errors.acceptContract)} />
      <SubmitRow>{t.sign}</SubmitRow>
    </form>
  );
}

/** German long credit, screen 2: the partner's identification (PIN) and signature. */
export function KycStep({ view, texts, locale, action }: StepProps) {
  const t = texts.kyc;
  const errors = errorsOf(view);
  const typed = valuesOf(view);
  return (
    <form method="post" action={action} noValidate autoComplete="off">
      <StepFields token={view.subscription.journeyToken} step="kyc" />
      <ErrorSummary texts={texts} errors={errors} labels={{ pin: t.pin, acceptContract: t.acceptContract }} />
      <ContractSummary view={view} texts={texts} locale={locale} />
      <Field name="pin" label={t.pin} hint={t.pinHint} error={fieldError(texts, errors.pin)}>
        {(aria) => <input type="password" className="bank-pin" {...aria} inputMode="numeric" autoComplete="one-time-code" maxLength={6} required />}
      </Field>
      <CheckField name="acceptContract" label={t.acceptContract} error={fieldError(texts, errors.acceptContract)} defaultChecked={ticked(typed.acceptContract)} />
      <SubmitRow>{t.sign}</SubmitRow>
    </form>
  );
}
