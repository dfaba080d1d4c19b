"""Translations: the .ts sources are complete and current, the compiled .qm files say
what the .ts files say, placeholders survive translation, and the plugin speaks
Chinese under a zh_CN locale and English under en_US.

The .ts/.qm files are made by scripts/i18n.py (run it after changing a string or a
translation); these tests only read them.
"""

import re
from pathlib import Path
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTranslator
from qgis.PyQt.QtWidgets import QAction, QToolBar

PYTHON = "/usr/bin/python3"  # the system Python that scripts/i18n.py is written for
LANGUAGES = ("zh_CN", "en")


def _i18n(repo_root):
    return repo_root / "i18n"


def read_ts(path):
    """[(context, source, translation, finished)] of a .ts file."""
    out = []
    for ctx in ET.parse(str(path)).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            finished = tr.get("type") not in ("unfinished", "obsolete", "vanished")
            out.append((name, msg.findtext("source"), tr.text or "", finished))
    return out


# --- (a) the .ts files are complete and up to date ------------------------------------

def test_i18n_check_passes(repo_root):
    result = subprocess.run([PYTHON, "scripts/i18n.py", "--check"], cwd=str(repo_root),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(repo_root, language):
    messages = read_ts(_i18n(repo_root) / ("liangwei_%s.ts" % language))
    assert len(messages) > 50
    missing = [(c, s) for c, s, t, done in messages if not done or not t.strip()]
    assert missing == []


def test_chinese_translations_are_chinese(repo_root):
    """A translation left in English (copied source) is not a translation."""
    han = re.compile(r"[\u4e00-\u9fff]")
    messages = read_ts(_i18n(repo_root) / "liangwei_zh_CN.ts")
    english = [s for c, s, t, done in messages if not han.search(t)]
    assert english == []


# --- (b) the compiled .qm files match the .ts files -----------------------------------

def qm_translate(translator, context, source):
    """QTranslator.translate takes `const char *`: PyQt5 would encode a str as ASCII."""
    return translator.translate(context.encode("utf-8"), source.encode("utf-8"))


@pytest.fixture(scope="module")
def translators(repo_root, qgis_app):
    loaded = {}
    for language in LANGUAGES:
        qm = _i18n(repo_root) / ("liangwei_%s.qm" % language)
        assert qm.is_file(), "%s is missing: run scripts/i18n.py" % qm
        translator = QTranslator()
        assert translator.load(str(qm)), qm
        loaded[language] = translator
    return loaded


def test_chinese_qm_has_the_start_up_strings(translators):
    zh = translators["zh_CN"]
    assert qm_translate(zh, "Liangwei", "Create/open project database") == "新建/打开治违数据库"
    assert qm_translate(zh, "Liangwei", "Liangwei") == "两违治理"
    assert qm_translate(zh, "Liangwei", "Liangwei 两违治理") == "两违治理"
    assert qm_translate(zh, "DatabaseDialog", "Create or open a project database") == "新建或打开治违数据库"
    # Not a Liangwei string: no translation.
    assert qm_translate(zh, "Liangwei", "No such source text, surely") == ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_matches_ts(repo_root, translators, language):
    """Every translation of the .ts is in the .qm: a .qm not recompiled after the .ts
    changed fails here."""
    translator = translators[language]
    messages = read_ts(_i18n(repo_root) / ("liangwei_%s.ts" % language))
    stale = [(context, source, translation, qm_translate(translator, context, source))
             for context, source, translation, done in messages
             if done and qm_translate(translator, context, source) != translation]
    assert stale == [], "run scripts/i18n.py to recompile the .qm files"


# --- (c) placeholders ------------------------------------------------------------------

# Positional: {} {:.1f} {0} %s %d — their order is fixed by the code's arguments.
# Named: {name} %(name)s %1 — they may move, but must all be there.
_PLACEHOLDER = re.compile(r"%\(\w+\)[sdrf]|%[sdrf]|%\d+|\{[^{}]*\}")


def placeholders(text):
    """(positional placeholders in order, named placeholders as a Counter)."""
    text = text.replace("{{", "").replace("}}", "")
    positional, named = [], Counter()
    for p in _PLACEHOLDER.findall(text):
        is_named = (p.startswith("%(") or re.fullmatch(r"%\d+", p)
                    or re.match(r"\{[A-Za-z_]", p))
        if is_named:
            named[p] += 1
        else:
            positional.append(p)
    return positional, named


def markup(text):
    """HTML tags and line breaks, which a translation must keep."""
    return Counter(re.findall(r"</?[A-Za-z][^<>]*>", text)), text.count("\n")


def translation_problems(messages):
    problems = []
    for context, source, translation, done in messages:
        if not done:
            continue
        if placeholders(source) != placeholders(translation):
            problems.append(("placeholders", context, source, translation))
        if markup(source) != markup(translation):
            problems.append(("markup", context, source, translation))
        if source.count("&") - 2 * source.count("&&") != \
                translation.count("&") - 2 * translation.count("&&"):
            problems.append(("mnemonic", context, source, translation))
    return problems


def test_placeholder_checker_catches_mistakes():
    ok = [("C", "Feature {} (code {})", "要素 {}（代码 {}）", True),
          ("C", "%(n)s of %(m)s", "%(m)s 中的 %(n)s", True),
          ("C", "{:.1f} m²", "{:.1f} m²", True),
          ("C", "&Open", "打开(&O)", True),
          ("C", "{} s", "", False)]  # unfinished: not checked here
    assert translation_problems(ok) == []
    bad = [("C", "Feature {} (code {})", "要素 {}", True),
           ("C", "{:.1f} %", "{:.3f} %", True),
           ("C", "%s and %d", "%d 和 %s", True),
           ("C", "{name}", "{nom}", True),
           ("C", "a<br>b", "a b", True),
           ("C", "a\nb", "a b", True),
           ("C", "&Open", "打开", True)]
    assert [p[2] for p in translation_problems(bad)] == [m[1] for m in bad]


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders(repo_root, language):
    messages = read_ts(_i18n(repo_root) / ("liangwei_%s.ts" % language))
    assert translation_problems(messages) == []


# --- (d) the plugin in Chinese and in English -------------------------------------------

class _PluginsMenu:
    """Enough of QGIS's Plugins menu: pytest-qgis's iface has none."""

    def __init__(self):
        self.menus = {}

    def add(self, name, action):
        self.menus.setdefault(name, []).append(action)

    def remove(self, name, action):
        actions = self.menus.get(name, [])
        if action in actions:
            actions.remove(action)
        if not actions:
            self.menus.pop(name, None)


@pytest.fixture()
def iface(qgis_iface, monkeypatch):
    menu = _PluginsMenu()
    monkeypatch.setattr(qgis_iface, "addPluginToMenu", menu.add, raising=False)
    monkeypatch.setattr(qgis_iface, "removePluginMenu", menu.remove, raising=False)
    qgis_iface.plugins_menu = menu
    return qgis_iface


@pytest.fixture()
def set_locale():
    settings = QgsSettings()
    old = settings.value("locale/userLocale", None)

    def set_(locale):
        settings.setValue("locale/userLocale", locale)

    yield set_
    if old is None:
        settings.remove("locale/userLocale")
    else:
        settings.setValue("locale/userLocale", old)


def _flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


EXPECTED = {
    # locale: (action, tool tip starts, toolbar and menu, provider, an algorithm, dialog title)
    "zh_CN": ("新建/打开治违数据库", "为本县新建治违数据库", "两违治理", "两违治理",
              "导入行政区划", "新建或打开治违数据库"),
    "en_US": ("Create/open project database", "Create a new project database", "Liangwei",
              "Liangwei 两违治理", "Import zones", "Create or open a project database"),
}


@pytest.mark.parametrize("locale", ["zh_CN", "en_US"])
def test_plugin_speaks_the_locale(iface, qgis_processing, set_locale, repo_root, locale):
    from liangwei.plugin.main import LiangweiPlugin

    # The real translations of the repository, not test ones.
    assert (repo_root / "i18n").resolve() == \
        Path(LiangweiPlugin.i18n_dir).resolve()
    set_locale(locale)
    action_text, tip, title, provider_name, alg_name, dialog_title = EXPECTED[locale]
    untranslated = QCoreApplication.translate("Liangwei", "Create/open project database")
    assert untranslated == "Create/open project database"

    plugin = LiangweiPlugin(iface)
    plugin.initGui()
    try:
        assert plugin.translator is not None, "no .qm found for %s" % locale
        main = iface.mainWindow()
        actions = [a for a in main.findChildren(QAction)
                   if a.objectName() == "liangweiDatabaseAction"]
        assert [a.text() for a in actions] == [action_text]
        assert actions[0].toolTip().startswith(tip)
        toolbars = [t for t in main.findChildren(QToolBar)
                    if t.objectName() == "LiangweiToolbar"]
        assert [t.windowTitle() for t in toolbars] == [title]
        assert list(iface.plugins_menu.menus) == [title]
        provider = QgsApplication.processingRegistry().providerById("liangwei")
        assert provider.name() == provider_name
        algorithm = QgsApplication.processingRegistry().algorithmById("liangwei:import_zones")
        assert algorithm.displayName() == alg_name

        from liangwei.ui.database_dialog import DatabaseDialog
        dialog = DatabaseDialog()
        try:
            assert dialog.windowTitle() == dialog_title
        finally:
            dialog.deleteLater()
    finally:
        plugin.unload()
        _flush_deletes()
    # The plugin's translator left with it.
    assert QCoreApplication.translate("Liangwei", "Create/open project database") == untranslated
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.parametrize("locale", ["zh-Hans", "zh_CN", "en_US"])
def test_standard_buttons_speak_the_locale(iface, qgis_processing, set_locale, locale):
    """QGIS 3.22 loads no Qt translation for its Chinese locales: the plugin does (Qt's
    own qt_zh_CN.qm, installed by scripts/setup.sh), so that the OK/Cancel/Save buttons
    of its dialogs are Chinese too; it leaves with the plugin."""
    from qgis.PyQt.QtWidgets import QDialogButtonBox
    from liangwei.plugin.main import LiangweiPlugin
    set_locale(locale)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    plugin = LiangweiPlugin(iface)
    plugin.initGui()
    try:
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel |
                               QDialogButtonBox.Save | QDialogButtonBox.Close)
        texts = sorted(b.text() for b in box.buttons())
        if locale == "en_US":
            assert plugin.qt_translator is None
            assert texts == ["Cancel", "Close", "OK", "Save"]
        else:
            assert plugin.qt_translator is not None, "qttranslations5-l10n missing?"
            assert texts == sorted(["确定", "取消", "保存", "关闭"])
        box.deleteLater()
    finally:
        plugin.unload()
        _flush_deletes()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
