"use client";

import type { FeatureCollection } from "geojson";
import type { PathOptions } from "leaflet";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { GeoJSON, Pane, TileLayer } from "react-leaflet";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { INITIAL_TILE_HEALTH, type TileVerdict, tileReducer, tileVerdict } from "@/lib/dashboard/map-tiles";
import type { DashboardContext } from "@/lib/types/dashboard";

export const OUTLINES_ATTRIBUTION = "Country outlines: Natural Earth (public domain)";

const LAND: PathOptions = { color: "#7d7d7d", weight: 0.8, fillColor: "#f1efe8", fillOpacity: 1 };

let outlines: Promise<FeatureCollection> | null = null;

/** Natural Earth 1:50m countries (world-atlas), fetched once as its own chunk and kept for the page's life. */
function loadOutlines(): Promise<FeatureCollection> {
  outlines ??= import("world-atlas/countries-50m.json").then((module) => {
    const topology = module.default as unknown as Topology<{ countries: GeometryCollection }>;
    return feature(topology, topology.objects.countries);
  });
  return outlines;
}

/** The offline base map: country outlines in a pane below the tiles, so a missing tile shows land, not grey. */
export function Outlines({ onState }: { onState: (state: "loading" | "loaded" | "failed") => void }) {
  const [data, setData] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    let live = true;
    loadOutlines().then(
      (loaded) => {
        if (!live) return;
        setData(loaded);
        onState("loaded");
      },
      () => {
        outlines = null;
        if (live) onState("failed");
      },
    );
    return () => {
      live = false;
    };
  }, [onState]);
  return (
    <Pane name="outlines" style={{ zIndex: 150 }}>
      {data && <GeoJSON data={data} style={LAND} interactive={false} attribution={OUTLINES_ATTRIBUTION} />}
    </Pane>
  );
}

/**
 * The configured raster tiles, watched: when they keep failing or stop answering, the layer is dropped
 * (with its attribution) and the outlines below carry the map on their own.
 */
export function FallibleTiles({
  tiles,
  onVerdict,
}: {
  tiles: NonNullable<DashboardContext["tiles"]>;
  onVerdict: (verdict: TileVerdict) => void;
}) {
  const health = useRef(INITIAL_TILE_HEALTH);
  const [verdict, setVerdict] = useState<TileVerdict>("waiting");
  const check = useCallback(() => {
    const next = tileVerdict(health.current, Date.now());
    setVerdict((previous) => (previous === "outlines" ? previous : next));
  }, []);
  const handlers = useMemo(() => {
    const on = (type: "request" | "load" | "error") => () => {
      health.current = tileReducer(health.current, { type, at: Date.now() });
      if (type !== "request") check();
    };
    return { tileloadstart: on("request"), tileload: on("load"), tileerror: on("error") };
  }, [check]);
  // A server that accepts and never answers fires no event at all: a clock has to notice.
  useEffect(() => {
    if (verdict === "outlines") return;
    const timer = setInterval(check, 1_000);
    return () => clearInterval(timer);
  }, [verdict, check]);
  useEffect(() => onVerdict(verdict), [verdict, onVerdict]);
  if (verdict === "outlines") return null;
  return <TileLayer url={tiles.url} attribution={tiles.attribution} eventHandlers={handlers} />;
}
