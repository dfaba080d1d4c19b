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


# Elements whose children come from a hash set in QGIS (their order means nothing):
# sorted by their attributes.
SET_LIKE = ("actionsetting",)


def sort_set_children(root):
    for element in root.iter():
        if element.tag in SET_LIKE:
            children = [c for c in element if c.tag == "actionScope"]
            for c in children:
                element.remove(c)
            for c in sorted(children, key=lambda c: sorted(c.attrib.items())):
                element.append(c)
    return root


def normalised(text, doctype=None):
    """`text` with every element's attributes sorted (and the children of set-like
    elements), indented; `doctype` (a line such as <!DOCTYPE qgis ...>) is put on top
    when given."""
    root = sort_set_children(sort_attributes(ET.fromstring(text)))
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return "%s\n%s\n" % (doctype, body) if doctype else body + "\n"
