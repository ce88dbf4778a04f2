import { FormPage } from "../../forms/form-page.tsx";
import { ProcedureDone } from "../../forms/procedure-done.tsx";
import { ReviewList } from "../../forms/review-list.tsx";
import { useT } from "../../i18n/use-t.ts";
import type { Customer } from "../../session/session-provider.tsx";

/** 利用登録が完了しました: the customer is logged in; home is one step away. */
export function RegistrationDone({ customer }: { customer: Customer }) {
  const t = useT();
  return (
    <FormPage title={t("registration.doneTitle")} focusOnMount>
      <ProcedureDone status={t("registration.doneLead")}>
        <ReviewList items={[{ label: t("credentials.userId"), value: customer.userId }]} />
      </ProcedureDone>
    </FormPage>
  );
}
