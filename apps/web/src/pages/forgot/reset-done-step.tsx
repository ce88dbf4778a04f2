import { Link } from "react-router";
import { ReviewList } from "../../forms/review-list.tsx";
import { useT } from "../../i18n/use-t.ts";
import type { Customer } from "../../session/session-provider.tsx";

/** Seed STEP 6: お客さまの設定情報を変更しました。 The customer is logged in; ホームへ leads on to renewal. */
export function ResetDoneStep({ customer }: { customer: Customer }) {
  const t = useT();
  return (
    <>
      <p role="status">{t("reset.doneLead")}</p>
      <ReviewList items={[{ label: t("reset.doneUserId"), value: customer.userId }]} />
      <p>
        <Link to="/home" className="button button--primary">
          {t("common.home")}
        </Link>
      </p>
    </>
  );
}
