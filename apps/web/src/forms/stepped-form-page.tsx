import type { ReactNode } from "react";
import { FormPage } from "./form-page.tsx";
import { StepIndicator } from "./step-indicator.tsx";
import { useFocusOnStep } from "./use-focus-on-step.ts";

interface SteppedFormPageProps {
  title: string;
  /** The names of the steps, in order, as the indicator shows them. */
  steps: readonly string[];
  current: number;
  /** The step's own heading when it is not the step's name (e.g. a problem that stops the procedure). */
  heading?: string;
  /** What changing moves the focus to the heading; the step's number unless the page says otherwise. */
  focusOn?: unknown;
  focusOnMount?: boolean;
  children: ReactNode;
}

/**
 * A procedure done in steps at one address: the step indicator, and the current step's
 * heading, which takes the focus on each step (nothing else would move it) and names the tab.
 */
export function SteppedFormPage({
  title,
  steps,
  current,
  heading = steps[current] ?? "",
  focusOn = current,
  focusOnMount = false,
  children,
}: SteppedFormPageProps) {
  const headingRef = useFocusOnStep<HTMLHeadingElement>(focusOn);
  return (
    <FormPage title={title} documentTitle={`${heading} - ${title}`} focusOnMount={focusOnMount}>
      <StepIndicator steps={steps} current={current} />
      <h2 ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      {children}
    </FormPage>
  );
}
