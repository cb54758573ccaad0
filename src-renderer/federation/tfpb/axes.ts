import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

const AXES = [1, 2, 3, 4, 5, 6, 7, 8] as const;
type Axis = (typeof AXES)[number];

/** The name of a TFPB axis (1–8) in the UI's language. */
export const axisName = (t: TFunction, axis: number) => t(`federation.tfpb.axes.axis${axis as Axis}`);

/** A TFPB axis with its number, "7 – Animation, lien social, vivre ensemble". */
export const axisLabel = (t: TFunction, axis: number) => t('federation.tfpb.axisOption', { axis, label: axisName(t, axis) });

/** The eight TFPB axes as select options. */
export function useAxisOptions(): { value: string; label: string }[] {
  const { t } = useTranslation();
  return AXES.map((axis) => ({ value: String(axis), label: axisLabel(t, axis) }));
}
