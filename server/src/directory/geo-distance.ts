const EARTH_RADIUS_KM = 6371;
// Exactly the arc of one degree on the sphere below, so the box never cuts into the circle.
const KM_PER_DEGREE_LATITUDE = (Math.PI * EARTH_RADIUS_KM) / 180;

export interface BoundingBox {
  minLatitude: number;
  maxLatitude: number;
  minLongitude: number;
  maxLongitude: number;
}

/** A box that contains the circle of `radiusKm` around the point (used as an index-friendly prefilter). */
export function boundingBox(latitude: number, longitude: number, radiusKm: number): BoundingBox {
  const dLat = radiusKm / KM_PER_DEGREE_LATITUDE;
  // Longitude degrees shrink towards the poles; the widest extent is at the latitude nearest the pole.
  const widestLatitude = Math.min(89, Math.abs(latitude) + dLat);
  const dLon = radiusKm / (KM_PER_DEGREE_LATITUDE * Math.cos((widestLatitude * Math.PI) / 180));
  return {
    minLatitude: latitude - dLat,
    maxLatitude: latitude + dLat,
    minLongitude: longitude - dLon,
    maxLongitude: longitude + dLon,
  };
}

/** Great-circle distance in km (haversine); `haversineSql` and the in-memory facet index compute the same. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** SQL expression for the same distance; parameters are placeholders for the origin. */
export function haversineSql(latColumn: string, lonColumn: string, latParam: string, lonParam: string): string {
  return (
    `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(` +
    `power(sin(radians(${latColumn} - ${latParam}) / 2), 2) + ` +
    `cos(radians(${latParam})) * cos(radians(${latColumn})) * power(sin(radians(${lonColumn} - ${lonParam}) / 2), 2)))))`
  );
}
