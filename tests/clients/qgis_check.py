"""Open a frontline GeoPackage in a real (headless) QGIS and report what it sees.

Run with Debian's interpreter, which has python3-qgis:
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/clients/qgis_check.py \
        --gpkg out.gpkg --report report.json --png map.png \
        [--boundaries /vsigzip//path/ne10m_admin1.geojson.gz] \
        [--range 2024-11-12 2024-11-12] [--control-days 2024-11-01 2024-11-29]

It only observes: the JSON report (layers, counts, CRS, renderer, temporal
settings, the features a date-range filter returns on events, mentions and,
day by day, control; how each event's symbol comes out (side ring colour,
fill alpha, size); the pixel counts of each claim and side colour in the
rendered map; the labels QGIS placed) is judged by
tests/clients/test_qgis.cpp, which knows the expected values from reading
the same file with GDAL.

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
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsDateTimeRange,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
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


def describe_symbol(symbol):
    """Colours and data-defined expressions of each symbol layer."""
    layers = []
    for i in range(symbol.symbolLayerCount() if symbol else 0):
        sl = symbol.symbolLayer(i)
        dd = sl.dataDefinedProperties()
        layers.append({
            "class": sl.layerType(),
            "color": list(sl.color().getRgb()),
            "stroke_color": list(sl.strokeColor().getRgb()) if hasattr(sl, "strokeColor") else None,
            "data_defined": {QgsSymbolLayer.propertyDefinitions()[k].name(): dd.property(k).expressionString()
                             for k in dd.propertyKeys() if dd.property(k).isActive()},
        })
    return layers


def describe_rule(rule):
    return {
        "label": rule.label(),
        "filter": rule.filterExpression(),
        "is_else": rule.isElse(),
        "symbol": describe_symbol(rule.symbol()),
        "children": [describe_rule(c) for c in rule.children()],
    }


def describe_renderer(renderer):
    out = {"type": renderer.type() if renderer else None}
    if renderer is not None and renderer.type() in ("pointDisplacement", "pointCluster"):
        out["tolerance_mm"] = renderer.tolerance()
        out["embedded"] = describe_renderer(renderer.embeddedRenderer())
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        out["attribute"] = renderer.classAttribute()
        out["categories"] = [
            {
                "value": c.value() if c.value() is not None else "",
                "label": c.label(),
                "color": list(c.symbol().color().getRgb()[:3]),
                "symbol": describe_symbol(c.symbol()),
            }
            for c in renderer.categories()
        ]
    if renderer is not None and renderer.type() == "RuleRenderer":
        out["rules"] = [describe_rule(r) for r in renderer.rootRule().children()]
    return out


def symbols_as_drawn(layer):
    """Per feature, the symbol QGIS draws with its data-defined values
    evaluated: the side ring's outline colour, the disc's fill (alpha 0 is
    hollow) and sizes in mm."""
    renderer = layer.renderer()
    inner = renderer.embeddedRenderer() if renderer.type() == "pointDisplacement" else renderer
    ctx = QgsRenderContext()
    ctx.setExpressionContext(QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer)))
    inner.startRender(ctx, layer.fields())
    out = {}
    for f in layer.getFeatures():
        if not f.hasGeometry():
            continue
        ctx.expressionContext().setFeature(f)
        symbols = inner.symbolsForFeature(f, ctx)
        if not symbols:
            out[f["event_id"]] = None
            continue
        layers = []
        for i in range(symbols[0].symbolLayerCount()):
            sl = symbols[0].symbolLayer(i)
            dd = sl.dataDefinedProperties()
            econtext = ctx.expressionContext()
            fill, _ = dd.valueAsColor(QgsSymbolLayer.PropertyFillColor, econtext, sl.color())
            stroke, _ = dd.valueAsColor(QgsSymbolLayer.PropertyStrokeColor, econtext, sl.strokeColor())
            size, _ = dd.valueAsDouble(QgsSymbolLayer.PropertySize, econtext, sl.size())
            layers.append({"fill": list(fill.getRgb()), "stroke": list(stroke.getRgb()), "size": size})
        out[f["event_id"]] = layers
    inner.stopRender(ctx)
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


def temporal_ids(layer, rng, key):
    """The features a QGIS date-range filter returns, by key field (or fid)."""
    ctx = QgsVectorLayerTemporalContext()
    ctx.setLayer(layer)
    tp = layer.temporalProperties()
    expr = tp.createFilterString(ctx, rng)
    request = QgsFeatureRequest().setFilterExpression(expr)
    ids = sorted(f[key] if key else f.id() for f in layer.getFeatures(request))
    return expr, ids


def each_day(start, end):
    y0, m0, d0 = map(int, start.split("-"))
    y1, m1, d1 = map(int, end.split("-"))
    day, last = QDate(y0, m0, d0), QDate(y1, m1, d1)
    while day <= last:
        yield day.toString("yyyy-MM-dd")
        day = day.addDays(1)


def render(settings_layers, extent_layer, size, boundaries, temporal_range=None):
    settings = QgsMapSettings()
    if temporal_range is not None:
        settings.setIsTemporal(True)
        settings.setTemporalRange(temporal_range)
    settings.setLayers(settings_layers + ([boundaries] if boundaries else []))  # first is on top
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    settings.setBackgroundColor(QColor(200, 220, 235))
    settings.setOutputSize(size)
    settings.setOutputDpi(96)
    extent = extent_layer.extent()
    extent.grow(max(extent.width(), extent.height()) * 0.25 + 0.5)
    transform = settings.layerTransform(extent_layer)
    settings.setExtent(transform.transformBoundingBox(QgsRectangle(extent)))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job


def placed_labels(job, names):
    """The labels QGIS placed: layer, text and feature."""
    results = job.takeLabelingResults()
    out = []
    if results is None:
        return out
    for pos in results.allLabels():
        if getattr(pos, "isUnplaced", False):
            continue
        out.append({"layer": names.get(pos.layerID, pos.layerID), "text": pos.labelText, "feature_id": pos.featureId})
    return out


def draw_legend(canvas_width, image, layer, title):
    """The map with the layer's legend (QGIS's own legend nodes) beside it."""
    legend_w = canvas_width
    canvas = QImage(image.width() + legend_w, image.height(), QImage.Format_ARGB32)
    canvas.fill(QColor(255, 255, 255))
    painter = QPainter(canvas)
    painter.drawImage(0, 0, image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setFont(QFont("Sans Serif", 10, QFont.Bold))
    painter.setPen(QColor(30, 30, 30))
    x0 = image.width() + 12
    for i, line in enumerate(title.split("\n")):
        painter.drawText(x0, 24 + 18 * i, line)
    y = 30 + 18 * len(title.split("\n"))
    ctx = QgsRenderContext()
    for item in layer.renderer().legendSymbolItems():
        indent = 14 * item.level()
        symbol = item.symbol()
        if symbol is not None:
            icon = symbol.asImage(QSize(26, 26))
            painter.drawImage(x0 + indent, y - 18, icon)
            painter.setFont(QFont("Sans Serif", 9))
            painter.drawText(x0 + indent + 32, y, item.label())
        else:
            painter.setFont(QFont("Sans Serif", 9, QFont.Bold))
            painter.drawText(x0 + indent, y, item.label())
        y += 26
    painter.setFont(QFont("Sans Serif", 9))
    painter.setPen(QColor(90, 90, 90))
    painter.drawText(x0, image.height() - 36, "QGIS " + Qgis.QGIS_VERSION.split("-")[0] + ", default style")
    painter.drawText(x0, image.height() - 18, "from the GeoPackage's layer_styles")
    painter.end()
    return canvas


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gpkg", required=True)
    ap.add_argument("--report", required=True)
    ap.add_argument("--png")
    ap.add_argument("--boundaries")
    ap.add_argument("--range", nargs=2, metavar=("START", "END"))
    ap.add_argument("--control-days", nargs=2, metavar=("START", "END"))
    ap.add_argument("--layers", default="mentions,events,places")
    ap.add_argument("--project", help="a .qgs written by extract --qgis-project")
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
            labeling = layer.labeling()
            info.update(
                feature_count=layer.featureCount(),
                crs=layer.crs().authid(),
                geometry=layer.geometryType(),
                wkb_type=layer.wkbType(),
                fields={f.name(): f.typeName() for f in layer.fields()},
                renderer=describe_renderer(layer.renderer()),
                ctor_renderer=describe_renderer(ctor.renderer()),
                labels=layer.labelsEnabled(),
                draws_labels=bool(layer.labelsEnabled() and labeling is not None
                                  and labeling.settings().drawLabels),
                label_field=labeling.settings().fieldName if labeling is not None else "",
                temporal={
                    "active": tp.isActive(),
                    "mode": int(tp.mode()),
                    "instant_from_field": tp.mode() == tp.ModeFeatureDateTimeInstantFromField,
                    "start_field": tp.startField(),
                    "end_field": tp.endField(),
                    "start_expression": tp.startExpression(),
                    "end_expression": tp.endExpression(),
                    "fixed_duration": tp.fixedDuration(),
                },
                map_tip=layer.mapTipTemplate(),
            )
            layers[name] = layer
        report["layers"][name] = info

    events = layers.get("events")
    if events is not None:
        report["symbols_as_drawn"] = symbols_as_drawn(events)
    if args.range:
        rng = day_range(*args.range)
        report["temporal_filter"] = {"range": args.range}
        for name, key in (("events", "event_id"), ("mentions", "mention_id")):
            if name in layers:
                expr, ids = temporal_ids(layers[name], rng, key)
                report["temporal_filter"][name] = {"expression": expr, "ids": ids}
        if events is not None:
            report["temporal_filter"]["expression"] = report["temporal_filter"]["events"]["expression"]
            report["temporal_filter"]["event_ids"] = report["temporal_filter"]["events"]["ids"]
            report["temporal_filter"]["is_visible_in_range"] = events.temporalProperties().isVisibleInTemporalRange(rng)
    control = layers.get("control")
    if args.control_days:
        # Day by day, as the Temporal Controller steps: a weekly series must
        # show control on every day, not one in seven, and nothing early.
        days = list(each_day(*args.control_days))
        if control is not None:
            report["control_by_day"] = {day: temporal_ids(control, day_range(day, day), None)[1] for day in days}
        if events is not None:
            report["events_by_day"] = {day: temporal_ids(events, day_range(day, day), "event_id")[1] for day in days}

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
        names = {layer.id(): name for name, layer in layers.items()}
        places = layers.get("places")
        # The map the pixels are counted on: events and place names, without
        # control, whose outlines share the side colours.
        job = render([events] + ([places] if places else []), events, QSize(1000, 760), boundaries)
        image = job.renderedImage()
        colours = set()
        for rule in report["layers"]["events"]["renderer"].get("embedded", {}).get("rules", []):
            for child in rule["children"]:
                for sl in child["symbol"]:
                    colours.add(tuple(sl["color"][:3]))
                    colours.add(tuple(sl["stroke_color"][:3]))
        counts = count_colours(image, sorted(colours))
        report["png"] = {
            "path": args.png,
            "width": image.width(),
            "height": image.height(),
            "colour_pixels": [{"color": list(k), "pixels": v} for k, v in counts.items()],
            "errors": [e.message for e in job.errors()],
            "labels": placed_labels(job, names),
        }
        # The picture a person looks at: control and front under the events
        # and names, with the events' legend beside it. Control and front as
        # the Temporal Controller shows them on the --range day (one week of
        # the series, not all stacked); every event, whatever its date.
        stack = [events] + ([places] if places else [])
        stack += [layers[n] for n in ("front", "control") if n in layers]
        title = f"frontline events ({events.featureCount()})"
        when = None
        if args.range:
            when = day_range(args.range[0], args.range[0])
            title += f"\ncontrol and front on {args.range[0]}"
            for layer in (events, places):
                if layer is not None:
                    layer.temporalProperties().setIsActive(False)
        full = render(stack, events, QSize(1000, 760), boundaries, when)
        report["png"]["full_errors"] = [e.message for e in full.errors()]
        canvas = draw_legend(340, full.renderedImage(), events, title)
        canvas.save(args.png)

    if args.project:
        # Read as QGIS Desktop opens a project: layers, tree order, styles.
        project = QgsProject()
        ok = project.read(args.project)
        tree = [node.name() for node in project.layerTreeRoot().findLayers()]
        report["project"] = {
            "read": ok,
            "error": project.error(),
            "order": tree,
            "layers": {
                node.name(): {
                    "valid": node.layer() is not None and node.layer().isValid(),
                    "visible": node.isVisible(),
                    "feature_count": node.layer().featureCount() if node.layer() else -1,
                    "renderer": node.layer().renderer().type() if node.layer() and node.layer().renderer() else None,
                    "temporal_active": bool(node.layer() and node.layer().temporalProperties().isActive()),
                    "crs": node.layer().crs().authid() if node.layer() else "",
                }
                for node in project.layerTreeRoot().findLayers()
            },
            "crs": project.crs().authid(),
        }

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
