// Builds the small projected world map that the site generator inlines as SVG.
//
// Usage: node tools/map.mjs target/regions.json > target/map.json
// where target/regions.json is `cargo run --offline -q --bin members -- regions`:
// {"subregion-slug": ["NG", "GH", ...]} for the UN M49 subregions. That file alone says
// which country is in which subregion; nothing here knows a region table of its own.
//
// Output (JSON on stdout, the same bytes for the same input, no network):
//   source      what the geometry is
//   width/height the viewBox (integers)
//   land        "M..Z"          all of it dissolved into one shape (coastlines only)
//   subregions  {slug: "M..Z"}  each subregion's countries merged (no inner borders)
//   countries   {A2: "M..Z"}    each country that has geometry, same simplification
//   points      {A2: [x, y]}    a representative point per country with geometry
//   markers     {slug: [x, y]}  where to draw a dot for subregions too small to see
//
// Packages (devDependencies, exact versions):
//   world-atlas          Natural Earth admin-0 countries as TopoJSON (public domain data,
//                        ISC package). 1:50m, because at 1:110m Micronesia and Polynesia
//                        have almost no polygons; simplified below to fit the budget.
//   topojson-client      feature() to get GeoJSON, merge() to dissolve the countries of a
//                        subregion along their shared arcs, neighbors() for Kosovo (below).
//   topojson-simplify    presimplify()/simplify(): Visvalingam on the shared arcs, so
//                        neighbouring shapes stay gap-free after simplification.
//   d3-geo               the projection, geoPath().digits() for the SVG paths (it cuts
//                        polygons at the antimeridian, so Fiji and Chukotka draw no
//                        stripes), geoArea/geoCentroid/geoContains on the sphere.
//   @rapideditor/country-coder
//                        ISO 3166-1 numeric -> alpha-2 (the world-atlas feature ids), and
//                        point -> code, used to give detached parts of a feature to the
//                        territory they are (Natural Earth draws French Guiana, Réunion,
//                        Martinique, Guadeloupe and Mayotte inside "France", Bonaire inside
//                        "Netherlands", Svalbard inside "Norway", Tokelau inside "New
//                        Zealand"; otherwise French Guiana would be coloured as Western
//                        Europe). Chosen over i18n-iso-countries (it only converts codes) and
//                        world-countries (ODbL data) because one ISC package, maintained
//                        for the OpenStreetMap editors, does both jobs offline.
//   polylabel            an interior point for a country whose centroid falls outside it
//                        (Vietnam's and Israel's lie in a neighbour, an atoll's in its lagoon).
//
// Features without an id in world-atlas: Kosovo -> XK, N. Cyprus -> CY, Somaliland -> SO
// (by name, each drawn inside or as the rest of that country); the rest ("Indian Ocean
// Ter." -> CX and CC, "Siachen Glacier" -> IN, its de-facto controller) polygon by polygon
// through country-coder; anything still without a code is dropped. A code that regions.json
// does not list (XK) joins the subregion all its neighbours share, so the Balkans have no
// hole; Antarctica (AQ) shares no border and is left out, which keeps the map's height tight.
//
// Measured (world-atlas 2.0.2 at 1:50m, the 22 subregions of regions.json), sizes after
// `gzip -9` of the path strings concatenated. With islands from 1,500 km² and 1 unit² of
// simplification: the subregions 13.9 KB, all land 10.9 KB. The directory then outgrew its
// 250 KB budget (258 KB with the app), so islands start at 5,000 km² and simplification
// at 3 units², which still reads well at 1000 px wide: the 22 subregion paths 8.0 KB, all
// land 6.0 KB (2 units² and 1,500 km²: 10.8 and 8.4 KB; 4 units² and 5,000 km²: 7.2 and
// 5.4 KB). viewBox 1000 x 442. Markers: micronesia, polynesia. Listed codes without
// geometry: BV, GI, TV, UM. About 1 s.
// MAP_DEBUG=1 also prints these facts to stderr.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, merge, neighbors } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { geoArea, geoCentroid, geoContains, geoEqualEarth, geoPath } from 'd3-geo';
import { iso1A2Code } from '@rapideditor/country-coder';
import polylabel from 'polylabel';

// Tuning. Areas in km² (Equal Earth is equal-area, so they map to the same area anywhere
// on the map: 1 square unit of the viewBox is about 1150 km²); simplification in units².
const WIDTH = 1000;
const MARGIN = 2;
const MIN_ISLAND_KM2 = 5000; // polygons smaller than this are left out (about 4.3 units²)…
const MIN_ISLET_KM2 = 100; // …unless what is left is too small to see: then these
const SIMPLIFY_UNITS2 = 3; // Visvalingam: keep a point whose triangle covers this much
const DIGITS = 0; // decimals of the path coordinates: 1 unit is 1 px at 1000 px wide
const MARKER_BELOW_KM2 = 69000; // a subregion drawn smaller gets a marker (about 60 units²)
const EARTH_KM2 = 4 * Math.PI * 6371.0088 ** 2;
const NAMED = { Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO' };

const regionsFile = process.argv[2];
if (!regionsFile) {
  console.error('usage: node tools/map.mjs REGIONS_JSON > map.json');
  process.exit(2);
}
const regions = JSON.parse(readFileSync(regionsFile, 'utf8'));
const subregionOf = new Map();
for (const [slug, codes] of Object.entries(regions)) for (const code of codes) subregionOf.set(code, slug);

const require = createRequire(import.meta.url);
const atlasVersion = require('world-atlas/package.json').version;
const topology = require('world-atlas/countries-50m.json');
const atlasGeometries = topology.objects.countries.geometries;

// Codes of the atlas features themselves; a listed code that is not one of these (GF, RE,
// SJ, ...) may still receive the detached polygons that lie in it.
const codeOf = (g) => (g.id != null ? iso1A2Code(g.id, { level: 'territory' }) : NAMED[g.properties?.name]) ?? null;
const atlasCodes = new Set(atlasGeometries.map(codeOf).filter(Boolean));
const isTerritoryWithoutFeature = (code) => subregionOf.has(code) && !atlasCodes.has(code);

// One piece per polygon of the atlas, with the code it belongs to: the feature's own,
// or that of a listed territory without a feature of its own that the polygon's centroid
// lies in (French Guiana in "France"), or for a feature without id or name match, the
// code at its centroid.
const pieces = [];
for (const g of atlasGeometries) {
  const own = codeOf(g);
  const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  for (const arcs of polygons) {
    const shape = feature(topology, { type: 'Polygon', arcs }).geometry;
    const at = iso1A2Code(geoCentroid(shape), { level: 'territory' });
    let code = own;
    if (!own) code = subregionOf.has(at) ? at : null;
    else if (at !== own && isTerritoryWithoutFeature(at)) code = at;
    if (code) pieces.push({ type: 'Polygon', arcs, properties: { code, km2: (geoArea(shape) / (4 * Math.PI)) * EARTH_KM2, shape } });
  }
}
// A code that regions.json does not list joins the one subregion all its neighbours share.
const pieceNeighbours = neighbors(pieces);
const adopted = new Map();
for (const [i, piece] of pieces.entries()) {
  const { code } = piece.properties;
  if (subregionOf.has(code)) continue;
  const around = new Set(pieceNeighbours[i].map((j) => subregionOf.get(pieces[j].properties.code)).filter(Boolean));
  if (around.size === 1) adopted.set(code, [...around][0]);
}
for (const piece of pieces) piece.properties.subregion = subregionOf.get(piece.properties.code) ?? adopted.get(piece.properties.code);
const drawn = pieces.filter((p) => p.properties.subregion);

const groupBy = (list, key) => {
  const groups = new Map();
  for (const p of list) {
    const k = p.properties[key];
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(p);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
};
const bySubregion = groupBy(drawn, 'subregion');
const byCountry = groupBy(drawn, 'code');
const largestOf = (list) => list.reduce((a, b) => (b.properties.km2 > a.properties.km2 ? b : a));

// The polygons drawn for a subregion or a country: those of at least MIN_ISLAND_KM2; where
// these would be too small to see (Polynesia, Micronesia; the Bahamas, Fiji), those of at
// least MIN_ISLET_KM2; failing that the largest one.
const total = (list) => list.reduce((sum, p) => sum + p.properties.km2, 0);
const keep = (list) => {
  const islands = list.filter((p) => p.properties.km2 >= MIN_ISLAND_KM2);
  if (islands.length && total(islands) >= MARKER_BELOW_KM2) return islands;
  const islets = list.filter((p) => p.properties.km2 >= MIN_ISLET_KM2);
  return islets.length ? islets : [largestOf(list)];
};

// Equal Earth: equal-area (so Africa has its true size next to Europe and North America,
// and the island threshold and the marker rule mean the same everywhere) with a compact,
// familiar outline; Natural Earth I is a little rounder but not equal-area. Centred on
// Greenwich, so the cut is at the antimeridian (through Chukotka and Fiji, as usual).
// Fitted to the width at full resolution, to the polygons that are drawn: no Antarctica.
const keptPieces = new Set([...bySubregion.values(), ...byCountry.values()].flatMap(keep));
const kept = { type: 'GeometryCollection', geometries: drawn.filter((p) => keptPieces.has(p)).map((p) => p.properties.shape) };
const projection = geoEqualEarth().fitWidth(WIDTH - 2 * MARGIN, kept);
projection.translate(projection.translate().map((t) => t + MARGIN));
const exact = geoPath(projection);
const height = Math.ceil(exact.bounds(kept)[1][1] + MARGIN);
const steradiansPerUnit2 = (4 * Math.PI) / exact.area({ type: 'Sphere' });

// Simplify the shared arcs once, on the sphere; subregions and countries use the same
// arcs, so borders stay shared and gap-free. An island drawn as one closed arc keeps at
// least its three weightiest points, so that simplification never makes it vanish.
const objects = { pieces: { type: 'GeometryCollection', geometries: drawn.map(({ type, arcs }) => ({ type, arcs })) } };
const weighted = presimplify({ type: 'Topology', transform: topology.transform, arcs: topology.arcs, objects }, sphericalTriangleArea);
for (const arc of weighted.arcs) {
  const [first, last] = [arc[0], arc.at(-1)];
  if (first[0] !== last[0] || first[1] !== last[1]) continue;
  const inner = arc.slice(1, -1).sort((p, q) => q[2] - p[2]);
  for (const point of inner.slice(0, 3)) point[2] = Infinity;
}
const simplified = simplify(weighted, SIMPLIFY_UNITS2 * steradiansPerUnit2);
// Dissolve the pieces along shared arcs. Rings that simplification collapsed to fewer than
// three points are left out, and so is a polygon that then reads as covering most of the
// sphere (d3 takes winding as inside/outside), though none does with this data.
const distinct = (ring) => new Set(ring.map(String)).size;
const dissolved = (arcsFrom, list) => {
  const { coordinates } = merge(arcsFrom, list.map(({ type, arcs }) => ({ type, arcs })));
  const polygons = [];
  for (const rings of coordinates) {
    if (distinct(rings[0]) < 3) continue;
    const polygon = rings.filter((ring) => distinct(ring) >= 3);
    if (geoArea({ type: 'Polygon', coordinates: polygon }) < 2 * Math.PI) polygons.push(polygon);
  }
  return { type: 'MultiPolygon', coordinates: polygons };
};
// geoPath's "M..L..Z" after rounding, without the points that rounding made repeat and
// without rings that rounding collapsed to fewer than three points.
const svg = (geometry, digits = DIGITS) =>
  (geoPath(projection).digits(digits)(geometry) ?? '')
    .split('Z')
    .filter(Boolean)
    .map((ring) => ring.slice(1).split('L'))
    .map((points) => points.filter((p, i) => i === 0 || p !== points[i - 1]))
    .map((points) => (points.length > 1 && points.at(-1) === points[0] ? points.slice(0, -1) : points))
    .filter((points) => points.length >= 3)
    .map((points) => `M${points.join('L')}Z`)
    .join('');
// The path drawn for some pieces: simplified, and rounded to whole units. An island that
// rounding leaves with fewer than three points (islands of a few hundred km²: all of
// Micronesia and Polynesia, Malta) is drawn with one decimal instead, and so is a country
// that would be left with nothing (Andorra, Monaco); failing that, unsimplified. The
// Vatican (under 1 km²) still has no path, only a point.
const isolated = new Set(pieces.filter((_, i) => pieceNeighbours[i].length === 0));
const pathOf = (list) => {
  const d = [svg(dissolved(simplified, list))];
  for (const p of list) if (isolated.has(p) && !svg(dissolved(simplified, [p]))) d.push(svg(dissolved(simplified, [p]), 1));
  return d.join('') || svg(dissolved(simplified, list), 1) || svg(dissolved(topology, list), 1);
};
const round = (xy) => xy.map((v) => Math.round(v));

// Subregions, and a marker where the drawn shape is too small to see or click: at the
// centroid of all its polygons (every island, not only the drawn ones), taken on the sphere
// and then projected, so that Polynesia's islands on both sides of the antimeridian do not
// average out to a point in the middle of the map.
const subregions = {};
const markers = {};
const everyShown = [];
for (const slug of Object.keys(regions).sort()) {
  const list = bySubregion.get(slug);
  if (!list) throw new Error(`no geometry at all for subregion ${slug}`);
  const shown = keep(list);
  everyShown.push(...shown);
  subregions[slug] = pathOf(shown);
  if (total(shown) < MARKER_BELOW_KM2) {
    markers[slug] = round(projection(geoCentroid({ type: 'GeometryCollection', geometries: list.map((p) => p.properties.shape) })));
  }
}

// All land as one shape, for a map that shows places rather than regions (the events
// map): the subregions dissolved into each other, so only coastlines are drawn.
const land = svg(dissolved(simplified, everyShown));

// Countries, and a point for each: the centroid of its largest polygon if that lies inside
// it, else the polygon's pole of inaccessibility (polylabel, on the projected polygon).
const countries = {};
const points = {};
for (const [code, list] of byCountry) {
  const d = pathOf(keep(list));
  if (d) countries[code] = d;
  const largest = largestOf(list).properties.shape;
  const centroid = geoCentroid(largest);
  if (geoContains(largest, centroid)) {
    points[code] = round(projection(centroid));
  } else {
    const rings = [];
    geoPath(projection, {
      moveTo: (x, y) => rings.push([[x, y]]),
      lineTo: (x, y) => rings.at(-1).push([x, y]),
      closePath: () => rings.at(-1).push(rings.at(-1)[0]),
      arc: () => {},
    })(largest);
    points[code] = round(polylabel(rings, 0.25));
  }
}

// JSON with one entry a line.
const out = {
  source: `Natural Earth 1:50m via world-atlas@${atlasVersion} (admin-0 countries, simplified)`,
  width: WIDTH,
  height,
  land,
  subregions,
  countries,
  points,
  markers,
};
const members = Object.entries(out).map(([key, value]) =>
  value && typeof value === 'object'
    ? `${JSON.stringify(key)}: {\n${Object.entries(value).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n}`
    : `${JSON.stringify(key)}: ${JSON.stringify(value)}`,
);
process.stdout.write(`{\n${members.join(',\n')}\n}\n`);

if (process.env.MAP_DEBUG) {
  const noGeometry = [...subregionOf.keys()].filter((code) => !byCountry.has(code)).sort();
  const left = [...new Set(pieces.filter((p) => !p.properties.subregion).map((p) => p.properties.code))];
  console.error(JSON.stringify({ km2PerUnit2: (EARTH_KM2 / 4 / Math.PI) * steradiansPerUnit2, bounds: exact.bounds(kept), adopted: [...adopted], left, noGeometry, noPath: [...byCountry.keys()].filter((c) => !countries[c]), markers: Object.keys(markers) }));
}
