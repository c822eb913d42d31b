import { CALLOUT_VARIANTS, isCalloutVariant } from '../nodes/callout';
import { HEADING_LEVELS } from '../create-editor-extensions';
import { isContactCardEntryId } from '../nodes/contact-card-entry-id';
import {
  isProcessStepBranchList,
  isProcessStepDocumentList,
  isProcessText,
  MAX_PROCESS_STEP_ITEMS,
  MAX_PROCESS_STEP_NUMBER,
  MAX_PROCESS_TEXT_LENGTH,
} from '../nodes/process-step-attributes';
import { isSafeImageSrc } from '../urls/is-safe-image-src';
import { isSafeLinkHref } from '../urls/is-safe-link-href';

/** What a stored attribute value must look like; `expected` completes "must be …". */
export interface AttributeRule {
  expected: string;
  test: (value: unknown) => boolean;
}

const MAX_TEXT_ATTRIBUTE_LENGTH = 1000;

function isIntegerBetween(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

function nullOr(rule: AttributeRule): AttributeRule {
  return { expected: `null or ${rule.expected}`, test: (value) => value === null || rule.test(value) };
}

function oneOf(values: readonly unknown[]): AttributeRule {
  return {
    expected: `one of ${values.map((value) => JSON.stringify(value)).join(', ')}`,
    test: (value) => values.includes(value),
  };
}

function matching(pattern: RegExp, expected: string): AttributeRule {
  return { expected, test: (value) => typeof value === 'string' && pattern.test(value) };
}

const shortText: AttributeRule = nullOr({
  expected: `a string of at most ${MAX_TEXT_ATTRIBUTE_LENGTH} characters`,
  test: (value) => typeof value === 'string' && value.length <= MAX_TEXT_ATTRIBUTE_LENGTH,
});

const processText: AttributeRule = {
  expected: `a string of at most ${MAX_PROCESS_TEXT_LENGTH} characters`,
  test: isProcessText,
};

const cellSpan: AttributeRule = {
  expected: 'an integer from 1 to 100',
  test: (value) => isIntegerBetween(value, 1, 100),
};

const cellRules: Record<string, AttributeRule> = {
  colspan: cellSpan,
  rowspan: cellSpan,
  colwidth: nullOr({
    expected: 'an array of at most 100 widths in pixels',
    test: (value) =>
      Array.isArray(value) && value.length <= 100 && value.every((width) => isIntegerBetween(width, 0, 10_000)),
  }),
  align: oneOf([null, 'left', 'center', 'right']),
};

/** Rules for every node attribute in the schema, by node type and attribute name. */
export const nodeAttributeRules: Record<string, Record<string, AttributeRule>> = {
  heading: {
    level: oneOf(HEADING_LEVELS),
  },
  codeBlock: {
    language: nullOr(matching(/^[\w+#.-]{1,40}$/, 'a language name like "typescript"')),
  },
  orderedList: {
    start: { expected: 'an integer', test: (value) => isIntegerBetween(value, -1_000_000, 1_000_000) },
    type: oneOf([null, '1', 'a', 'A', 'i', 'I']),
  },
  taskItem: {
    checked: { expected: 'a boolean', test: (value) => typeof value === 'boolean' },
  },
  tableCell: cellRules,
  tableHeader: cellRules,
  image: {
    src: { expected: 'an http(s) or relative URL', test: isSafeImageSrc },
    alt: shortText,
    title: shortText,
  },
  callout: {
    variant: {
      expected: `one of ${CALLOUT_VARIANTS.map((variant) => `"${variant}"`).join(', ')}`,
      test: isCalloutVariant,
    },
  },
  contactCard: {
    entryId: { expected: 'the UUID of a directory entry', test: isContactCardEntryId },
  },
  processStep: {
    title: processText,
    responsible: processText,
    legalBasis: processText,
    deadline: processText,
    documents: {
      expected: `a list of at most ${MAX_PROCESS_STEP_ITEMS} { label, href } with an http(s), mailto, tel or relative URL`,
      test: isProcessStepDocumentList,
    },
    branches: {
      expected: `a list of at most ${MAX_PROCESS_STEP_ITEMS} { condition, targetStep } with a step from 1 to ${MAX_PROCESS_STEP_NUMBER}`,
      test: isProcessStepBranchList,
    },
  },
};

/** Rules for every mark attribute in the schema, by mark type and attribute name. */
export const markAttributeRules: Record<string, Record<string, AttributeRule>> = {
  link: {
    href: { expected: 'an http(s), mailto, tel or relative URL', test: isSafeLinkHref },
    target: oneOf([null, '_blank', '_self']),
    rel: nullOr(matching(/^[a-z ]{0,100}$/, 'a list of link types like "noopener"')),
    class: nullOr(matching(/^[\w -]{0,100}$/, 'a list of class names')),
    title: shortText,
  },
};
