import type { FormEvent } from "react";
import { useLanguage } from "../i18n/language-provider.tsx";
import { fieldId, problemFor, type FieldProblem } from "./field-problems.ts";

/**
 * What every field of a form needs from the form: its element id (which the error summary
 * links to), its problem in the language on screen, and a setter that replaces the one
 * value. `values` is the whole form, so a step stays a controlled view of its page's state.
 */
export function useFormFields<Values extends object>(
  form: string,
  values: Values,
  onChange: (values: Values) => void,
  problems: readonly FieldProblem[],
) {
  const { language } = useLanguage();
  return {
    id: (field: string) => fieldId(form, field),
    error: (field: string) => problemFor(problems, field, language),
    set:
      <K extends keyof Values>(field: K) =>
      (value: Values[K]) =>
        onChange({ ...values, [field]: value }),
  };
}

/** A form's submit handler: the page's own step or request runs instead of the browser's submission. */
export function submitHandler(onSubmit: () => void) {
  return (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
}
