import { ProcedureDone } from "../../forms/procedure-done.tsx";
import { ReviewList } from "../../forms/review-list.tsx";
import { useT } from "../../i18n/use-t.ts";
import type { Customer } from "../../session/session-provider.tsx";

/** Seed STEP 6: お客さまの設定情報を変更しました。 The customer is logged in; ホームへ leads on to renewal. */
export function ResetDoneStep({ customer }: { customer: Customer }) {
  const t = useT();
  return (
    <ProcedureDone status={t("reset.doneLead")}>
      <ReviewList items={[{ label: t("reset.doneUserId"), value: customer.userId }]} />
      <p>{t("reset.loginWithEmail", { email: customer.email })}</p>
    </ProcedureDone>
  );
}
