import { Link } from "react-router";
import { FormPage } from "../../forms/form-page.tsx";
import { ReviewList } from "../../forms/review-list.tsx";
import { useT } from "../../i18n/use-t.ts";
import type { Customer } from "../../session/session-provider.tsx";

/** 利用登録が完了しました: the customer is logged in; home is one step away. */
export function RegistrationDone({ customer }: { customer: Customer }) {
  const t = useT();
  return (
    <FormPage title={t("registration.doneTitle")} focusOnMount>
      <p role="status">{t("registration.doneLead")}</p>
      <ReviewList items={[{ label: t("credentials.userId"), value: customer.userId }]} />
      <p>
        <Link to="/home" className="button button--primary">
          {t("common.home")}
        </Link>
      </p>
    </FormPage>
  );
}
