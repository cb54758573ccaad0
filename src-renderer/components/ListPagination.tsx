import { Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The page numbers under a paged list, shown once it holds more than one page; each button named for screen readers. */
export function ListPagination({ total, pageSize, page, onChange }: { total: number; pageSize: number; page: number; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  return (
    <Pagination
      total={pages}
      value={page}
      onChange={onChange}
      getControlProps={(control) => ({ 'aria-label': t(`common.pagination.${control}`) })}
      getItemProps={(n) => ({ 'aria-label': t('common.page', { page: n, pages }) })}
    />
  );
}
