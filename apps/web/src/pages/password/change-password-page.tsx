import { RequireCustomer } from "../../session/require-customer.tsx";
import { ChangePasswordForm } from "./change-password-form.tsx";

/** /password/change: only for a logged-in customer (the guard sends others to the login page). */
export function ChangePasswordPage() {
  return (
    <RequireCustomer>
      <ChangePasswordForm />
    </RequireCustomer>
  );
}
