#!/usr/bin/env python3
"""Translation workflow: extract, update the .ts sources, compile the .qm files.

    python3 scripts/i18n.py            # update i18n/*.ts and compile *.qm
    python3 scripts/i18n.py --check    # exit 1 if a .ts is stale or a string lacks Chinese

Source strings are English.  Python code translates through ``tr("...")`` (context
"Liangwei", see plugin/i18n.py); Qt Designer files through their form class name, as
``uic`` does.  Existing translations are kept; new strings are added unfinished, and
strings no longer in the code are marked obsolete.  pylupdate5 is not used because it
cannot attribute a module-level ``tr()`` helper to one context.
"""

import argparse
import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
I18N = os.path.join(ROOT, "i18n")
LANGUAGES = ("zh_CN", "en")
SOURCE_DIRS = ("plugin", "processing", "ui")
PY_CONTEXT = "Liangwei"


def _py_strings(path):
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name != "tr":
            continue
        arg = node.args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            yield PY_CONTEXT, arg.value, node.lineno


def _ui_strings(path):
    root = ET.parse(path).getroot()
    widget = root.find("widget")
    context = root.findtext("class") or (widget.get("name") if widget is not None else "Form")
    for el in root.iter("string"):
        if el.get("notr") == "true" or not (el.text or "").strip():
            continue
        yield context, el.text, 0


def extract():
    """{(context, source): [file:line, …]} of every translatable string."""
    found = {}
    for folder in SOURCE_DIRS:
        for base, _dirs, files in os.walk(os.path.join(ROOT, folder)):
            for name in sorted(files):
                path = os.path.join(base, name)
                rel = os.path.relpath(path, ROOT)
                if name.endswith(".py"):
                    items = _py_strings(path)
                elif name.endswith(".ui"):
                    items = _ui_strings(path)
                else:
                    continue
                for context, text, line in items:
                    found.setdefault((context, text), []).append("%s:%d" % (rel, line))
    return found


def read_ts(path):
    """{(context, source): (translation, finished)}"""
    out = {}
    if not os.path.exists(path):
        return out
    for ctx in ET.parse(path).getroot().iter("context"):
        cname = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out[(cname, msg.findtext("source"))] = (
                tr.text or "", tr.get("type") not in ("unfinished", "obsolete", "vanished"))
    return out


def write_ts(path, language, strings, old):
    ts = ET.Element("TS", version="2.1", language=language)
    by_context = {}
    for (ctx, src) in sorted(strings):
        by_context.setdefault(ctx, []).append(src)
    for ctx in sorted(by_context):
        c = ET.SubElement(ts, "context")
        ET.SubElement(c, "name").text = ctx
        for src in by_context[ctx]:
            m = ET.SubElement(c, "message")
            # File names only: line numbers would make every edit look like a
            # translation change.
            for fn in sorted({loc.rsplit(":", 1)[0] for loc in strings[(ctx, src)]}):
                ET.SubElement(m, "location", filename="../" + fn)
            ET.SubElement(m, "source").text = src
            text, finished = old.get((ctx, src), ("", False))
            if language == "en" and not text:
                text, finished = src, True
            t = ET.SubElement(m, "translation")
            t.text = text
            if not finished:
                t.set("type", "unfinished")
    ET.indent(ts)
    data = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(
        ts, encoding="unicode") + "\n"
    return data


def lrelease(ts_path):
    qm = ts_path[:-3] + ".qm"
    for tool in ("lrelease", "/usr/lib/qt5/bin/lrelease", "lrelease-qt5"):
        try:
            subprocess.run([tool, "-silent", ts_path, "-qm", qm], check=True)
            return qm
        except FileNotFoundError:
            continue
    raise SystemExit("lrelease not found: apt-get install qttools5-dev-tools")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="fail when a .ts file is stale or a Chinese translation is missing")
    args = parser.parse_args()
    strings = extract()
    problems = []
    os.makedirs(I18N, exist_ok=True)
    for lang in LANGUAGES:
        path = os.path.join(I18N, "liangwei_%s.ts" % lang)
        old = read_ts(path)
        data = write_ts(path, lang, strings, old)
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        if args.check:
            if data != current:
                problems.append("%s is out of date: run scripts/i18n.py" % os.path.relpath(path, ROOT))
            missing = [src for key, src in ((k, k[1]) for k in strings)
                       if not old.get(key, ("", False))[1]]
            if missing:
                problems.append("%s: %d strings without translation, e.g. %r"
                                % (os.path.basename(path), len(missing), missing[:5]))
        else:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(data)
            lrelease(path)
    if problems:
        print("\n".join(problems))
        return 1
    print("%d strings, languages %s" % (len(strings), ", ".join(LANGUAGES)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
