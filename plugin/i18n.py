"""Translation of user-visible text: one context, one function.

Every user-visible string of the plugin goes through `tr()` with an English source
text; the Chinese text comes from i18n/liangwei_<locale>.qm.
"""

import os

from qgis.PyQt.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CONTEXT = "Liangwei"


def tr(text):
    return QCoreApplication.translate(CONTEXT, text)


def user_locale():
    """The locale QGIS is using: the user's choice in QGIS ('locale/userLocale'),
    else the system locale; written like zh_CN."""
    from qgis.core import QgsSettings
    value = QgsSettings().value("locale/userLocale", "") or ""
    if not isinstance(value, str) or not value.strip():
        value = QLocale().name()
    return value.strip().replace("-", "_")


def ui_language():
    """'zh' or 'en': the language of labels that come from the domain code lists."""
    return "zh" if user_locale().lower().startswith("zh") else "en"


def table_label(table_name):
    """A table's name as users read it (违建图斑 / Violations)."""
    from .store import schema
    t = schema.BY_NAME.get(table_name)
    if t is None:
        return table_name
    return t.zh if ui_language() == "zh" else t.en


def translation_file(directory, locale):
    """The .qm file for `locale` in `directory`: liangwei_<exact>.qm first (zh_CN),
    then liangwei_<language>.qm (zh); None when neither exists."""
    if not locale:
        return None
    locale = locale.strip().replace("-", "_")
    candidates = [locale]
    language = locale.split("_")[0]
    if language != locale:
        candidates.append(language)
    if language == "zh":
        # QGIS names its Chinese locales zh-Hans / zh-Hant; ours is zh_CN.
        candidates.append("zh_CN")
    for name in candidates:
        path = os.path.join(directory, "liangwei_%s.qm" % name)
        if os.path.isfile(path):
            return path
    return None


def load_translator(directory, locale=None):
    """Install a QTranslator for the locale and return it (None when no file fits).
    The caller keeps it and passes it to `remove_translator` on unload."""
    path = translation_file(directory, locale or user_locale())
    if path is None:
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def load_qt_translator(locale=None):
    """Install Qt's own translation (the standard buttons: OK, Cancel, Save, Close …)
    for the locale and return it, when Qt's texts are not translated yet: QGIS 3.22
    loads none for its Chinese locales (zh-Hans), so every button box of the plugin's
    dialogs would say "Cancel" beside Chinese labels.  None when Qt already speaks the
    language, for English, or when the system has no such file (Debian:
    qttranslations5-l10n).  Removed with `remove_translator`."""
    locale = (locale or user_locale()).strip().replace("-", "_")
    if not locale or locale.split("_")[0] in ("en", "C"):
        return None
    if QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel":
        return None                     # already translated (by QGIS or another plugin)
    translator = QTranslator()
    folder = QLibraryInfo.location(QLibraryInfo.TranslationsPath)
    # QLocale("zh_Hans") is zh_CN: qt_zh_CN.qm
    if not translator.load(QLocale(locale), "qt", "_", folder):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
