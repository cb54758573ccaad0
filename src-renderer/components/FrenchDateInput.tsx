import { DateInput, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useTranslation } from 'react-i18next';

dayjs.extend(customParseFormat);

/** Reads a date typed the French way (15/01/2024, 15012024) or as ISO; null when it is not a real date. */
export function parseFrenchDate(text: string): string | null {
  const parsed = dayjs(text.trim(), ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY', 'YYYY-MM-DD'], true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}

/** A date field shown as JJ/MM/AAAA whatever the system's locale, whose value stays an ISO string. */
export function FrenchDateInput(props: DateInputProps) {
  const { t } = useTranslation();
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      placeholder={t('common.datePlaceholder')}
      dateParser={parseFrenchDate}
      clearable
      clearButtonProps={{ 'aria-label': t('common.clearDate') }}
      // Weekends in Mantine's red fail the contrast check (axe, WCAG AA): days are all shown alike.
      weekendDays={[]}
      // Days of the neighbouring months are drawn faded, below the contrast asked for: they are left out.
      hideOutsideDates
      ariaLabels={{
        previousMonth: t('common.calendar.previousMonth'),
        nextMonth: t('common.calendar.nextMonth'),
        previousYear: t('common.calendar.previousYear'),
        nextYear: t('common.calendar.nextYear'),
        previousDecade: t('common.calendar.previousDecade'),
        nextDecade: t('common.calendar.nextDecade'),
        monthLevelControl: t('common.calendar.monthLevel'),
        yearLevelControl: t('common.calendar.yearLevel'),
      }}
      {...props}
    />
  );
}
