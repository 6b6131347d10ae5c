"""Open a frontline GeoPackage in a real (headless) QGIS and report what it sees.

Run with Debian's interpreter, which has python3-qgis:
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/clients/qgis_check.py \
        --gpkg out.gpkg --report report.json --png map.png \
        [--boundaries /vsigzip//path/ne10m_admin1.geojson.gz] \
        [--range 2024-11-12 2024-11-12]

It only observes: the JSON report (layers, counts, CRS, renderer, temporal
settings, the features a date-range filter returns, the pixel counts of each
category colour in the rendered map) is judged by tests/clients/test_qgis.cpp,
which knows the expected values from reading the same file with GDAL.

Layers are opened the way QGIS Desktop opens them: constructed without the
default style, then QgsMapLayer.loadDefaultStyle(), which reads the
GeoPackage's `layer_styles` (QGIS 3.22 resets temporal settings to the
provider's defaults when the style is applied inside the constructor; see
docs/qgis.md). The constructor path is reported too ("ctor_renderer").
"""
import argparse
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/runtime-" + str(os.getuid()))

from qgis.core import (  # noqa: E402
    Qgis,
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsDateTimeRange,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsVectorLayerTemporalContext,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QSize, Qt, QTime  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402


def open_layer(uri, name, desktop_way=True):
    options = QgsVectorLayer.LayerOptions(QgsProject.instance().transformContext())
    options.loadDefaultStyle = not desktop_way
    layer = QgsVectorLayer(uri, name, "ogr", options)
    if desktop_way and layer.isValid():
        layer.loadDefaultStyle()
    return layer


def describe_renderer(renderer):
    out = {"type": renderer.type() if renderer else None}
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        out["attribute"] = renderer.classAttribute()
        out["categories"] = [
            {
                "value": c.value() if c.value() is not None else "",
                "label": c.label(),
                "color": list(c.symbol().color().getRgb()[:3]),
            }
            for c in renderer.categories()
        ]
    return out


def day_range(start, end):
    """[start 00:00, end+1 00:00) in UTC: whole days, as the Temporal Controller steps."""
    y0, m0, d0 = map(int, start.split("-"))
    y1, m1, d1 = map(int, end.split("-"))
    begin = QDateTime(QDate(y0, m0, d0), QTime(0, 0), Qt.UTC)
    finish = QDateTime(QDate(y1, m1, d1).addDays(1), QTime(0, 0), Qt.UTC)
    return QgsDateTimeRange(begin, finish, True, False)


def count_colours(image, colours):
    """Pixels whose RGB is exactly each category colour (symbol interiors)."""
    wanted = {tuple(c): 0 for c in colours}
    img = image.convertToFormat(QImage.Format_RGB32)
    width, height = img.width(), img.height()
    ptr = img.constBits()
    ptr.setsize(img.sizeInBytes())
    data = bytes(ptr)
    stride = img.bytesPerLine()
    for y in range(height):
        row = data[y * stride:y * stride + width * 4]
        for x in range(0, width * 4, 4):
            key = (row[x + 2], row[x + 1], row[x])  # BGRA in memory
            if key in wanted:
                wanted[key] += 1
    return wanted


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gpkg", required=True)
    ap.add_argument("--report", required=True)
    ap.add_argument("--png")
    ap.add_argument("--boundaries")
    ap.add_argument("--range", nargs=2, metavar=("START", "END"))
    ap.add_argument("--layers", default="mentions,events,places")
    args = ap.parse_args()

    app = QgsApplication([], False)
    app.initQgis()
    report = {"qgis_version": Qgis.QGIS_VERSION, "layers": {}}

    layers = {}
    for name in args.layers.split(","):
        uri = f"{args.gpkg}|layername={name}"
        layer = open_layer(uri, name)
        ctor = open_layer(uri, name, desktop_way=False)
        info = {"valid": layer.isValid()}
        if layer.isValid():
            tp = layer.temporalProperties()
            info.update(
                feature_count=layer.featureCount(),
                crs=layer.crs().authid(),
                geometry=layer.geometryType(),
                wkb_type=layer.wkbType(),
                fields={f.name(): f.typeName() for f in layer.fields()},
                renderer=describe_renderer(layer.renderer()),
                ctor_renderer=describe_renderer(ctor.renderer()),
                labels=layer.labelsEnabled(),
                temporal={
                    "active": tp.isActive(),
                    "mode": int(tp.mode()),
                    "instant_from_field": tp.mode() == tp.ModeFeatureDateTimeInstantFromField,
                    "start_field": tp.startField(),
                    "fixed_duration": tp.fixedDuration(),
                },
                map_tip=layer.mapTipTemplate(),
            )
            layers[name] = layer
        report["layers"][name] = info

    events = layers.get("events")
    if events is not None and args.range:
        rng = day_range(*args.range)
        ctx = QgsVectorLayerTemporalContext()
        ctx.setLayer(events)
        tp = events.temporalProperties()
        expr = tp.createFilterString(ctx, rng)
        ids = sorted(f["event_id"] for f in events.getFeatures(QgsFeatureRequest().setFilterExpression(expr)))
        report["temporal_filter"] = {
            "range": args.range,
            "expression": expr,
            "is_visible_in_range": tp.isVisibleInTemporalRange(rng),
            "event_ids": ids,
        }

    if events is not None and args.png:
        boundaries = None
        if args.boundaries:
            boundaries = QgsVectorLayer(args.boundaries, "oblasts", "ogr")
            report["boundaries"] = {"valid": boundaries.isValid(), "feature_count": boundaries.featureCount()
                                    if boundaries.isValid() else 0}
            if boundaries.isValid():
                fill = QgsFillSymbol.createSimple(
                    {"color": "243,240,232,255", "outline_color": "120,120,120,255", "outline_width": "0.25"})
                boundaries.setRenderer(QgsSingleSymbolRenderer(fill))
            else:
                boundaries = None
        settings = QgsMapSettings()
        settings.setLayers([events] + ([boundaries] if boundaries else []))  # first is on top
        settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
        settings.setBackgroundColor(QColor(200, 220, 235))
        settings.setOutputSize(QSize(1000, 760))
        settings.setOutputDpi(96)
        extent = events.extent()
        extent.grow(max(extent.width(), extent.height()) * 0.25 + 0.5)
        transform = settings.layerTransform(events)
        settings.setExtent(transform.transformBoundingBox(QgsRectangle(extent)))
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        colours = [c["color"] for c in report["layers"]["events"]["renderer"].get("categories", [])]
        counts = count_colours(image, colours)
        report["png"] = {
            "path": args.png,
            "width": image.width(),
            "height": image.height(),
            "colour_pixels": [{"color": list(k), "pixels": v} for k, v in counts.items()],
            "errors": [e.message for e in job.errors()],
        }
        # The picture a person looks at: the map with a legend beside it.
        legend_w = 280
        canvas = QImage(image.width() + legend_w, image.height(), QImage.Format_ARGB32)
        canvas.fill(QColor(255, 255, 255))
        painter = QPainter(canvas)
        painter.drawImage(0, 0, image)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setFont(QFont("Sans Serif", 11, QFont.Bold))
        painter.setPen(QColor(30, 30, 30))
        x0 = image.width() + 16
        painter.drawText(x0, 32, f"frontline events ({events.featureCount()})")
        painter.setFont(QFont("Sans Serif", 9))
        y = 64
        present = {f["claim"] if f["claim"] else "" for f in events.getFeatures()}
        categories = report["layers"]["events"]["renderer"].get("categories", [])
        if present - {c["value"] for c in categories}:
            present.add("")  # values without a category fall to "all other values"
        for cat in categories:
            if cat["value"] not in present:
                continue
            painter.setBrush(QColor(*cat["color"]))
            painter.setPen(QColor(35, 35, 35))
            painter.drawEllipse(x0, y - 10, 12, 12)
            painter.drawText(x0 + 22, y, cat["label"])
            y += 24
        painter.setPen(QColor(90, 90, 90))
        painter.drawText(x0, image.height() - 36, "QGIS " + Qgis.QGIS_VERSION.split("-")[0] + ", default style")
        painter.drawText(x0, image.height() - 18, "from the GeoPackage's layer_styles")
        painter.end()
        canvas.save(args.png)

    with open(args.report, "w", encoding="utf-8") as out:
        json.dump(report, out, indent=2, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Not app.exitQgis(): PyQGIS 3.22 tears down its registries before Python
    # collects the layers and crashes on exit; the report is written already.
    os._exit(status)
