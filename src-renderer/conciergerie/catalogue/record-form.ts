import type { Input } from '../../api/client.ts';
import type { CatalogueItem } from '../../../src-main/conciergerie/catalogue/contract.ts';
import type { ItemKind } from '../../../src-main/conciergerie/catalogue/kinds.ts';
import { centsToEuro, euroToCents } from '../../format/money-input.ts';

/*
 * What the record form holds, and how it goes to the contract. Keys are the contract's field names, so that the
 * backend's errors land next to the right field; amounts are typed in euros ("2,50") and sent in cents.
 */

type NumberValue = number | string;

/** NumberInput settings for euros typed with a decimal comma (the backend receives cents). */

export interface RecordFormValues {
  kind: ItemKind;
  categoryId: string | null;
  title: string;
  author: string;
  isbn: string;
  description: string;
  conditions: string;
  replacementValueCents: NumberValue;
  depositCents: NumberValue;
  /** '' : the counter's default loan length. */
  loanDays: NumberValue;
}

export const emptyRecord = (depositCents: number): RecordFormValues => ({
  kind: 'object',
  categoryId: null,
  title: '',
  author: '',
  isbn: '',
  description: '',
  conditions: '',
  replacementValueCents: 0,
  depositCents: centsToEuro(depositCents),
  loanDays: '',
});

export function recordToForm(item: CatalogueItem): RecordFormValues {
  return {
    kind: item.kind,
    categoryId: item.categoryId === null ? null : String(item.categoryId),
    title: item.title,
    author: item.author,
    isbn: item.isbn ?? '',
    description: item.description,
    conditions: item.conditions,
    replacementValueCents: centsToEuro(item.replacementValueCents),
    depositCents: centsToEuro(item.depositCents),
    loanDays: item.loanDays ?? '',
  };
}

export function recordInput(values: RecordFormValues): Omit<Input<'catalogue.update'>, 'id'> {
  return {
    kind: values.kind,
    categoryId: values.categoryId === null ? null : Number(values.categoryId),
    title: values.title,
    author: values.author,
    isbn: values.kind === 'book' ? values.isbn : '',
    description: values.description,
    conditions: values.conditions,
    replacementValueCents: euroToCents(values.replacementValueCents),
    depositCents: values.depositCents === '' ? null : euroToCents(values.depositCents),
    loanDays: values.loanDays === '' ? null : Number(values.loanDays),
  };
}
