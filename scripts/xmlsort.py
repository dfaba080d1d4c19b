"""Deterministic XML for generated files (styles, models).

Qt writes XML attributes in hash order, which changes from run to run and would make
every regeneration of a committed file a diff: sort them.
"""

from xml.etree import ElementTree as ET


def sort_attributes(root):
    """Sort the attributes of every element, also inside the XML that QGIS keeps
    as text in some attribute values (a callout's line symbol, for one)."""
    for element in root.iter():
        attrs = []
        for key, value in sorted(element.attrib.items()):
            if value.startswith("<") and value.endswith(">"):
                try:
                    inner = ET.fromstring(value)
                except ET.ParseError:
                    pass
                else:
                    sort_attributes(inner)
                    value = ET.tostring(inner, encoding="unicode")
            attrs.append((key, value))
        element.attrib.clear()
        element.attrib.update(attrs)
    return root


def normalised(text, doctype=None):
    """`text` with every element's attributes sorted, indented; `doctype` (a line such
    as <!DOCTYPE qgis ...>) is put on top when given."""
    root = sort_attributes(ET.fromstring(text))
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return "%s\n%s\n" % (doctype, body) if doctype else body + "\n"
