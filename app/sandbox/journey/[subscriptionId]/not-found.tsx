import { journeyTexts } from "@/server/sandbox/journeys/texts";
import "../bank.css";

/** An unknown journey or a wrong token: one page in both languages, telling nothing about which. */
export default function JourneyNotFound() {
  const fr = journeyTexts("fr").invalidLink;
  const de = journeyTexts("de").invalidLink;
  return (
    <div className="bank">
      <main className="bank-main">
        <section className="bank-card" lang="fr">
          <h1>{fr.title}</h1>
          <p>{fr.body}</p>
        </section>
        <section className="bank-card" lang="de" style={{ marginTop: 16 }}>
          <h2>{de.title}</h2>
          <p>{de.body}</p>
        </section>
      </main>
    </div>
  );
}
