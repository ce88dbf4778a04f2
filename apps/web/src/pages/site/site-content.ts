import en from "../../../content/site/en.json";
import ja from "../../../content/site/ja.json";
import type { Language } from "../../i18n/messages.ts";

/** One block of a site document: paragraphs, a bullet list, or term/value facts. */
export interface SiteSection {
  heading: string;
  paragraphs?: string[];
  items?: string[];
  facts?: { term: string; value: string }[];
}

/** 個人情報保護方針, 利用規約, 推奨環境 or 会社概要, as written in content/site/<language>.json. */
export interface SiteDocument {
  title: string;
  lead: string;
  updated?: string;
  sections: SiteSection[];
}

/** One step of a guide flow, illustrated by the screenshot named `shot` (public/guide). */
export interface GuideStep {
  shot: string;
  heading: string;
  text: string;
  alt: string;
}

export interface GuideFlow {
  title: string;
  lead: string;
  steps: GuideStep[];
}

export const documentNames = ["privacy", "terms", "environment", "company"] as const;
export type DocumentName = (typeof documentNames)[number];

export const flowNames = ["registration", "reset", "renewal"] as const;
export type FlowName = (typeof flowNames)[number];

/** Everything the agency site says beyond the screens, in one language. */
export interface SiteContent {
  documents: Record<DocumentName, SiteDocument>;
  guide: { title: string; lead: string; flows: Record<FlowName, GuideFlow> };
}

/** Where a document lives in the app. */
export const documentPaths: Record<DocumentName, string> = {
  privacy: "/privacy",
  terms: "/terms",
  environment: "/environment",
  company: "/company",
};

/** The screenshot of a guide step in a language, as the browser suite saves it. */
export const shotPath = (shot: string, language: Language) => `/guide/${shot}-${language}.png`;

/**
 * The site's text in each language. Only the site pages import this module, and they are
 * lazy routes, so the text comes with them and never weighs on the first page.
 */
export const siteContents: Record<Language, SiteContent> = {
  ja: ja as SiteContent,
  en: en as SiteContent,
};
