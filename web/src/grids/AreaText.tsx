import { useLocaleState, useTranslate } from 'react-admin';
import { type LatLng, polygonArea } from '../map/area.ts';

/** 面积约 …: square metres below a square kilometre, square kilometres above. */
export const AreaText = ({ points }: { points: readonly LatLng[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const area = polygonArea(points);
  if (area === 0) return null;
  const large = area >= 1_000_000;
  const amount = new Intl.NumberFormat(locale, { maximumFractionDigits: large ? 2 : 0 }).format(
    large ? area / 1_000_000 : area,
  );
  return (
    <span data-testid="boundary-area">
      {translate(large ? 'grassroots.grids.areaKm2' : 'grassroots.grids.areaM2', { amount })}
    </span>
  );
};
