import { useEffect, useRef, type ReactNode } from "react";
import { ContactBox } from "../layout/contact-box.tsx";
import { PageTitle } from "../layout/page-title.tsx";
import "./forms.css";

interface FormPageProps {
  title: string;
  /** Names the tab, which screen readers announce; it can add the step to the heading. */
  documentTitle?: string;
  /**
   * For a screen that replaces another at the same address (after a keyword, a completed
   * procedure): focus goes to its heading, or it would be left on a button that is gone.
   */
  focusOnMount?: boolean;
  children: ReactNode;
}

/**
 * A screen of the account procedures: its heading, the content, and the contact desk beside it as
 * in the seed (below it on phones).
 */
export function FormPage({
  title,
  documentTitle = title,
  focusOnMount = false,
  children,
}: FormPageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  return (
    <div className="with-aside">
      <article className="page">
        <PageTitle title={documentTitle} />
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </article>
      <ContactBox />
    </div>
  );
}
