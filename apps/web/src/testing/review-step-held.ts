import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect } from "vitest";

/**
 * On a review step: holds the answer (with the `hold` of holdAnswers), presses the submit
 * button, and checks that while the request is under way 戻る and the submit button are both
 * marked busy and pressing 戻る leaves the step where it is. Returns the release.
 */
export async function submitAndExpectHeld(
  hold: () => () => void,
  submitLabel: string,
  stepHeading: string,
): Promise<() => void> {
  const release = hold();
  await userEvent.click(screen.getByRole("button", { name: submitLabel }));
  const back = screen.getByRole("button", { name: "戻る" });
  expect(back.getAttribute("aria-disabled")).toBe("true");
  expect(screen.getByRole("button", { name: submitLabel }).getAttribute("aria-disabled")).toBe(
    "true",
  );
  await userEvent.click(back);
  expect(screen.getByRole("heading", { level: 2, name: stepHeading })).toBeTruthy();
  return release;
}
