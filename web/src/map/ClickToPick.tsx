import { useMapEvents } from 'react-leaflet';

/** Reports map clicks as a point rounded to 6 decimals (about 0.1 m). */
export const ClickToPick = ({ onPick }: { onPick: (lat: number, lng: number) => void }) => {
  useMapEvents({
    click: (event) =>
      onPick(Number(event.latlng.lat.toFixed(6)), Number(event.latlng.lng.toFixed(6))),
  });
  return null;
};
