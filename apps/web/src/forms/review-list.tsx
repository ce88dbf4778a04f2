import { Fragment, type ReactNode } from "react";

/** Label and value pairs shown back to the customer (入力内容の確認, the read-only details). */
export function ReviewList({ items }: { items: readonly { label: string; value: ReactNode }[] }) {
  return (
    <dl className="review-list">
      {items.map((item) => (
        <Fragment key={item.label}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
