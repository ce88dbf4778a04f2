import type { LocalizedText } from "@cws/domain/rules";
import { useCallback, useState } from "react";
import type { FieldProblem } from "./field-problems.ts";

/**
 * The state every stepped form keeps: which step is shown, the field problems and the
 * message on it. Going to a step replaces both, so nothing stale follows the customer.
 */
export function useFormSteps<Step extends string>(first: Step) {
  const [step, setStep] = useState<Step>(first);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<LocalizedText | null>(null);
  const goTo = useCallback(
    (next: Step, found: FieldProblem[] = [], text: LocalizedText | null = null) => {
      setProblems(found);
      setMessage(text);
      setStep(next);
    },
    [],
  );
  return { step, problems, message, setMessage, goTo };
}
