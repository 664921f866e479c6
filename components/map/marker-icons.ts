import { DivIcon } from "leaflet";
import { EVENT_STYLE, type MarkerShape, SHAPE_PATH } from "@/lib/dashboard/map-style";
import { EVENT_TYPES, type EventType } from "@/lib/types/tags";
import styles from "./map.module.css";

/**
 * Leaflet markers take their look as an HTML string. Every piece of it comes from constants, the
 * style tables or numbers; feed text (place names, titles) never enters it: it goes into the marker's
 * `title` (a DOM property) and the React-built popup instead.
 */

export interface MarkerLook {
  id: number;
  eventType: EventType;
  diameter: number;
  approximate: boolean;
  selected: boolean;
  highlighted: boolean;
  fresh: boolean;
}

const FALLBACK = { shape: "circle" as MarkerShape, colour: "#767676" };

function styleOf(eventType: string) {
  return (EVENT_TYPES as readonly string[]).includes(eventType)
    ? { type: eventType, ...EVENT_STYLE[eventType as EventType] }
    : { type: "unknown", ...FALLBACK };
}

const int = (n: number) => String(Math.max(0, Math.trunc(n)));

/** The shape as an SVG string; a dashed outline says "approximate". */
export function shapeSvg(
  shape: MarkerShape,
  colour: string,
  size: number,
  stroke: string,
  width: number,
  dashed: boolean,
) {
  const dash = dashed ? ' stroke-dasharray="3 2"' : "";
  return `<svg viewBox="0 0 24 24" width="${int(size)}" height="${int(size)}" aria-hidden="true" focusable="false"><path d="${SHAPE_PATH[shape]}" fill="${colour}" fill-opacity="0.92" stroke="${stroke}" stroke-width="${width}" stroke-linejoin="round"${dash}/></svg>`;
}

export function incidentIcon(look: MarkerLook): DivIcon {
  const { type, shape, colour } = styleOf(look.eventType);
  const emphasised = look.selected || look.highlighted;
  const classes = [
    styles.marker,
    look.selected ? styles.selected : look.highlighted ? styles.highlighted : "",
    look.fresh ? styles.fresh : "",
  ]
    .filter(Boolean)
    .join(" ");
  const svg = shapeSvg(
    shape,
    colour,
    look.diameter,
    look.approximate || emphasised ? "#000" : "#fff",
    emphasised ? 2.6 : 1.6,
    look.approximate,
  );
  const badge = look.approximate ? `<span class="${styles.approx}">≈</span>` : "";
  const d = int(look.diameter);
  return new DivIcon({
    className: styles.icon,
    iconSize: [look.diameter, look.diameter],
    iconAnchor: [look.diameter / 2, look.diameter / 2],
    popupAnchor: [0, -look.diameter / 2],
    html: `<span class="${classes}" style="width:${d}px;height:${d}px" data-testid="incident-marker" data-incident-id="${int(look.id)}" data-event-type="${type}"${look.selected ? ' data-selected="true"' : ""}${look.highlighted ? ' data-highlighted="true"' : ""}${look.fresh ? ' data-fresh="true"' : ""}>${svg}${badge}</span>`,
  });
}

export function clusterIcon(count: number, highlighted: boolean, fresh: boolean): DivIcon {
  const size = Math.min(40, Math.round(24 + 4 * Math.log10(1 + count)));
  const classes = [styles.marker, fresh ? styles.fresh : ""].filter(Boolean).join(" ");
  const inner = [styles.cluster, highlighted ? styles.clusterHighlighted : ""].filter(Boolean).join(" ");
  return new DivIcon({
    className: styles.icon,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    html: `<span class="${classes}" style="width:${size}px;height:${size}px" data-testid="incident-cluster" data-count="${int(count)}"${highlighted ? ' data-highlighted="true"' : ""}${fresh ? ' data-fresh="true"' : ""}><span class="${inner}">${int(count)}</span></span>`,
  });
}
