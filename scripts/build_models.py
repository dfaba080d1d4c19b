#!/usr/bin/env python3
"""Build the shipped Processing models (resources/models/*.model3) from code.

    .venv/bin/python scripts/build_models.py [--check]

quarterly_patches: a new building survey against the previous one becomes cases —
detect_changes → (keep new/expanded/raised changes not fully covered by permits) →
import_patches → flag_priorities (written back to the database).
Models are built through the Processing API so that they always match the algorithms'
parameters; a test fails while the committed .model3 differs from a fresh build.
"""

import argparse
import os
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_link_dir = tempfile.mkdtemp(prefix="liangwei-")
os.symlink(REPO, os.path.join(_link_dir, "liangwei"))
sys.path.insert(0, _link_dir)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MODELS_DIR = os.path.join(REPO, "resources", "models")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xmlsort  # noqa: E402


def quarterly_patches():
    from qgis.core import (QgsProcessing, QgsProcessingModelAlgorithm,
                           QgsProcessingModelChildAlgorithm, QgsProcessingModelChildDependency,
                           QgsProcessingModelChildParameterSource as Source,
                           QgsProcessingModelOutput, QgsProcessingModelParameter,
                           QgsProcessingParameterNumber, QgsProcessingParameterString,
                           QgsProcessingParameterVectorLayer)
    from qgis.PyQt.QtCore import QPointF

    from liangwei.plugin.core import codes

    m = QgsProcessingModelAlgorithm("quarterly_patches", "Models 模型", "models")
    m.setHelpContent({
        "ALG_DESC": "Compares this year's building survey with last year's, turns every new "
                    "building, extension or added storey not fully covered by a permit into a "
                    "case (status 线索) of the project database, and sets the 六先拆 priorities "
                    "of all cases from the county's reference layers.\n"
                    "新旧两期房屋普查比对，未完全取得许可的新建、扩建、加层登记为线索案件，并按参考图层设置六先拆。",
    })
    polygon = [QgsProcessing.TypeVectorPolygon]
    any_geom = [QgsProcessing.TypeVectorAnyGeometry]
    inputs = [
        (QgsProcessingParameterVectorLayer("BEFORE", "Previous building survey 上期房屋普查", polygon), 80),
        (QgsProcessingParameterVectorLayer("AFTER", "New building survey 本期房屋普查", polygon), 160),
        (QgsProcessingParameterVectorLayer("PERMITS", "Permits 规划许可范围", polygon, optional=True), 240),
        (QgsProcessingParameterVectorLayer("VIOLATIONS", "Violations of the project database 违建图斑", polygon), 320),
        (QgsProcessingParameterVectorLayer("ZONES", "Zones of the project database 行政区划", polygon), 400),
        (QgsProcessingParameterVectorLayer("ROADS", "Roads 公路", any_geom, optional=True), 480),
        (QgsProcessingParameterVectorLayer("RAILWAYS", "Railways 铁路", any_geom, optional=True), 560),
        (QgsProcessingParameterVectorLayer("RIVERS", "Rivers 河流", any_geom, optional=True), 640),
        (QgsProcessingParameterVectorLayer("FARMLAND", "Farmland 耕地", polygon, optional=True), 720),
        (QgsProcessingParameterString("BATCH", "Batch label 批次", defaultValue="普查比对"), 800),
        (QgsProcessingParameterNumber("MIN_AREA", "Smallest change (m²) 最小变化面积",
                                      QgsProcessingParameterNumber.Double, 20, minValue=0), 880),
    ]
    for definition, y in inputs:
        param = QgsProcessingModelParameter(definition.name())
        param.setPosition(QPointF(120, y))
        m.addModelParameter(definition, param)

    def child(alg_id, child_id, description, x, y, sources):
        c = QgsProcessingModelChildAlgorithm(alg_id)
        c.setChildId(child_id)
        c.setDescription(description)
        c.setPosition(QPointF(x, y))
        for name, source in sources.items():
            c.addParameterSources(name, [source])
        return c

    detect = child("liangwei:detect_changes", "detect_changes", "Detect changes 房屋变化比对", 420, 200, {
        "BEFORE": Source.fromModelParameter("BEFORE"),
        "AFTER": Source.fromModelParameter("AFTER"),
        "PERMITS": Source.fromModelParameter("PERMITS"),
        "ZONES": Source.fromModelParameter("ZONES"),
        "MIN_AREA": Source.fromModelParameter("MIN_AREA"),
    })
    keep = child("native:extractbyexpression", "keep_unpermitted", "Unpermitted construction 未许可新建扩建加层",
                 420, 360, {
                     "INPUT": Source.fromChildOutput("detect_changes", "OUTPUT"),
                     "EXPRESSION": Source.fromStaticValue(
                         "\"change_type\" IN ('new', 'expanded', 'raised') "
                         "AND coalesce(\"permitted_share\", 0) < 1"),
                 })
    importer = child("liangwei:import_patches", "import_patches", "Register cases 登记线索案件", 420, 520, {
        "INPUT": Source.fromChildOutput("keep_unpermitted", "OUTPUT"),
        "TARGET": Source.fromModelParameter("VIOLATIONS"),
        "ZONES": Source.fromModelParameter("ZONES"),
        "BATCH": Source.fromModelParameter("BATCH"),
        # the change type goes into the remarks, the new storey count into floors
        "FIELD_MAP": Source.fromStaticValue("change_type:change_type;storeys_after:floors"),
        "SOURCE": Source.fromStaticValue(codes.DISCOVERY_SOURCE.codes.index("satellite")),
        # 0.5 = the database's duplicate_overlap setting (see import_patches' help)
        "DUPLICATE_OVERLAP": Source.fromStaticValue(0.5),
    })
    flags = child("liangwei:flag_priorities", "flag_priorities", "六先拆 priorities 设置六先拆", 420, 680, {
        "VIOLATIONS": Source.fromModelParameter("VIOLATIONS"),
        "ROADS": Source.fromModelParameter("ROADS"),
        "RAILWAYS": Source.fromModelParameter("RAILWAYS"),
        "RIVERS": Source.fromModelParameter("RIVERS"),
        "FARMLAND": Source.fromModelParameter("FARMLAND"),
        "UPDATE_INPUT": Source.fromStaticValue(True),
        # 50 = the database's side_distance_m setting (see flag_priorities' help)
        "SIDE_DISTANCE": Source.fromStaticValue(50.0),
    })
    # Priorities are set after the new cases exist.
    flags.setDependencies([QgsProcessingModelChildDependency("import_patches")])
    outputs = [(detect, "OUTPUT", "CHANGES", "Changes 房屋变化"),
               (importer, "DUPLICATES", "DUPLICATES", "Duplicates 重复图斑"),
               (importer, "REJECTED", "REJECTED", "Rejected 未导入图斑"),
               (flags, "OUTPUT", "PRIORITIES", "Priorities 六先拆结果")]
    by_child = {}
    for c, out_name, model_name, description in outputs:
        o = QgsProcessingModelOutput(model_name, description)
        o.setMandatory(False)      # temporary unless the user names a file
        o.setChildOutputName(out_name)
        o.setChildId(c.childId())
        by_child.setdefault(c.childId(), {})[model_name] = o
    for c in (detect, keep, importer, flags):
        if c.childId() in by_child:
            c.setModelOutputs(by_child[c.childId()])
        m.addChildAlgorithm(c)
    return m


MODELS = {"quarterly_patches": quarterly_patches}


def build(directory):
    from qgis.core import QgsApplication
    from qgis.analysis import QgsNativeAlgorithms
    app = QgsApplication([], False)
    app.initQgis()
    QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
    from liangwei.processing.provider import LiangweiProvider
    provider = LiangweiProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    written = []
    for name, make in MODELS.items():
        model = make()
        ok, issues = model.validate()
        if not ok:
            raise SystemExit("model %s is invalid: %s" % (name, "; ".join(issues)))
        path = os.path.join(directory, "%s.model3" % name)
        if not model.toFile(path):
            raise SystemExit("cannot write %s" % path)
        with open(path, encoding="utf-8") as fh:
            text = xmlsort.normalised(fh.read(), "<!DOCTYPE model>")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        written.append(path)
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=MODELS_DIR)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for path in build(args.out):
        print(path)


if __name__ == "__main__":
    main()
