#!/usr/bin/env python3
"""Replay against DeepState (issue 16): baseline = DeepState on D (1 Nov 2024),
claims from the reports given, derived control on D+k (k = 7, 14, 30) against
DeepState on D+k. Prints a markdown table.

usage: replay_deepstate.py DEEPSTATE_DIR FRONTLINE OUT_DIR INPUT...
DEEPSTATE_DIR holds deepstatemap_data_YYYYMMDD.geojson (extract the members
needed from ../shared/data/control/deepstate_occupied_daily_*.tar.xz).
"""
import subprocess, sys
from osgeo import ogr, osr
ogr.UseExceptions()
DS_DIR, FL, OUT_DIR = sys.argv[1], sys.argv[2], sys.argv[3]
D = "20241101"
def ds_geom(day):
    src = ogr.Open(f"{DS_DIR}/deepstatemap_data_{day}.geojson")
    lyr = src.GetLayer(0)
    g = None
    for f in lyr:
        gg = f.GetGeometryRef().Clone().MakeValid()
        g = gg if g is None else g.Union(gg)
    return g
laea = osr.SpatialReference(); laea.ImportFromProj4("+proj=laea +lat_0=48 +lon_0=37.5 +datum=WGS84")
wgs = osr.SpatialReference(); wgs.ImportFromEPSG(4326); wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
tr = osr.CoordinateTransformation(wgs, laea)
def km2(g):
    g = g.Clone(); g.Transform(tr); return g.GetArea() / 1e6
base = ds_geom(D)
inputs = sys.argv[4:]
print("| k | as_of | claimed captures (RU) | DeepState shows changed by D+k | area added km² | DeepState's change near claims km² | false additions |")
print("|---|---|---|---|---|---|---|")
for k, day in [(7, "20241108"), (14, "20241115"), (30, "20241201")]:
    iso = f"{day[:4]}-{day[4:6]}-{day[6:]}"
    out = f"{OUT_DIR}/replay_{k}.gpkg"
    subprocess.run([FL, "extract", "-q", "--overwrite", "-o", out, "--as-of", iso, "--baseline",
                    f"{DS_DIR}/deepstatemap_data_{D}.geojson"] + inputs, check=True)
    ref = ds_geom(day)
    changed = ref.Difference(base)
    res = ogr.Open(out)
    lyr = res.GetLayerByName("control")
    n = agree = false_add = 0
    added = 0.0
    near = None
    for f in lyr:
        if f.GetField("method") != "claimed-change" or f.GetField("side") != "RU": continue
        g = f.GetGeometryRef().Clone()
        n += 1
        added += km2(g)
        if g.Intersects(changed): agree += 1
        if not g.Intersects(ref): false_add += 1
        zone = g.Buffer(0.1)
        near = zone if near is None else near.Union(zone)
    ds_change = km2(changed.Intersection(near)) if near is not None else 0.0
    print(f"| {k} | {iso} | {n} | {agree} | {added:.1f} | {ds_change:.1f} | {false_add} |")
