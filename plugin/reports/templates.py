"""Where QGIS finds the plugin's layout templates ("New from template" in the layout
manager).  Kept apart from layouts.py so that the plugin's start-up (initGui registers
the folder) does not import the layout machinery."""

import os

from qgis.core import QgsApplication, QgsLayout, QgsSettings

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LAYOUTS_DIR = os.path.join(PLUGIN_DIR, "resources", "layouts")

# QGIS 3.22 reads the extra template folders ("New from template", Settings ▸ Options
# ▸ Layouts ▸ Path(s) to search for extra print templates) from this key of the Core
# section; later versions have a settings entry, QgsLayout.settingsSearchPathForTemplates.
SEARCH_PATHS_KEY = "Layout/searchPathsForTemplates"


def _entry():
    """The settings entry of the template folders (QGIS 3.26+), else None."""
    return getattr(QgsLayout, "settingsSearchPathForTemplates", None)


def template_search_paths():
    """The folders QGIS searches for layout templates (besides its own)."""
    return list(QgsApplication.layoutTemplatePaths())


def _set_search_paths(paths):
    entry = _entry()
    if entry is not None:
        entry.setValue(list(paths))
    else:
        settings = QgsSettings()
        if paths:
            settings.setValue(SEARCH_PATHS_KEY, list(paths), QgsSettings.Core)
        else:
            settings.remove(SEARCH_PATHS_KEY, QgsSettings.Core)


def _same_folder(a, b):
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def register_template_folder(folder=LAYOUTS_DIR):
    """Add the plugin's layout folder to QGIS's template search paths (once).
    Returns True when it was added now."""
    paths = template_search_paths()
    if any(_same_folder(p, folder) for p in paths):
        return False
    _set_search_paths(paths + [folder])
    return True


def unregister_template_folder(folder=LAYOUTS_DIR):
    """Remove the plugin's layout folder from the template search paths."""
    paths = template_search_paths()
    kept = [p for p in paths if not _same_folder(p, folder)]
    if len(kept) != len(paths):
        _set_search_paths(kept)
        return True
    return False
