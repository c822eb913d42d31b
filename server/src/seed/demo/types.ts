import type { DocNode } from './doc-builders';

export type { DocNode } from './doc-builders';

export type DemoAgencyKind = 'AGENTUR_FUER_ARBEIT' | 'JOBCENTER' | 'REGIONALDIREKTION' | 'EXTERNAL';

export interface DemoAgency {
  key: string;
  name: string;
  kind: DemoAgencyKind;
  region: string;
}

export type DemoRole = 'READER' | 'EDITOR' | 'ADMIN';

export type DemoFunction = 'IKB' | 'BCA' | 'MIGRATION_OFFICER' | 'MANAGEMENT' | 'COACH';

export interface DemoUser {
  email: string;
  displayName: string;
  agencyKey: string;
  role: DemoRole;
  functions: DemoFunction[];
}

export interface DemoCategory {
  slug: string;
  name: string;
  description: string;
  children?: DemoCategory[];
}

export interface DemoArticle {
  title: string;
  categorySlug: string;
  summary: string;
  tags: string[];
  status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
  visibility: 'INTERNAL' | 'PUBLIC';
  ownerEmail: string;
  language?: string;
  /** Article kind; GUIDE when omitted. */
  kind?: 'PROCESS' | 'GUIDE' | 'FAQ' | 'MATERIAL' | 'NOTE';
  body: DocNode;
}
