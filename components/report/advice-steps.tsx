// Tailored advice as a numbered list of steps: a short heading that says what to do, and
// a sentence or two on how and why.
import type { Messages } from "@/lib/i18n/messages";
import type { AdviceStep } from "@/lib/intake/advice";

export function AdviceSteps({ steps, m, headingLevel = 3 }: { steps: AdviceStep[]; m: Messages; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <ol className="advice-steps">
      {steps.map((s) => {
        const text = m.advice[s.id]!;
        return (
          <li key={s.id} data-step={s.id}>
            <Heading className="advice-steps__title">{text.title(s.params)}</Heading>
            <p>{text.body(s.params)}</p>
          </li>
        );
      })}
    </ol>
  );
}
