"""Photos and documents of a case: thumbnails, adding by file picker or drag-and-drop,
opening in the desktop's viewer.

Attachments already in the database are evidence: the database refuses to delete or
change them, so they are shown read-only.  New ones are kept in memory (their bytes
read when added, so what is saved is what was chosen) until the case dialog saves
them; they can be removed before that.
"""

import mimetypes
import os
import shutil
import tempfile

from qgis.PyQt.QtCore import QSize, Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices, QIcon, QImage, QKeySequence, QPixmap
from qgis.PyQt.QtWidgets import (QAbstractItemView, QApplication, QFileDialog, QHBoxLayout,
                                 QLabel, QListView, QListWidget, QListWidgetItem, QPushButton,
                                 QStyle, QVBoxLayout, QWidget)

from ..plugin.i18n import tr
from ..plugin.store.cases import NewAttachment

THUMBNAIL = 96
# A larger file does not belong in the project database (keep a reference in the note).
MAX_BYTES = 50 * 1024 * 1024
ROLE_KEY = Qt.UserRole            # ("saved", attachment_id) or ("new", number)


def is_image(mime_type):
    return bool(mime_type) and mime_type.startswith("image/")


def human_size(n):
    if n is None:
        return ""
    if n < 1024:
        return tr("{} bytes").format(n)
    if n < 1024 * 1024:
        return "%.0f KB" % (n / 1024)
    return "%.1f MB" % (n / 1024 / 1024)


class _DropList(QListWidget):
    """A list of icons that takes files dropped from the desktop."""

    filesDropped = pyqtSignal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setViewMode(QListView.IconMode)
        self.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.setGridSize(QSize(THUMBNAIL + 40, THUMBNAIL + 44))
        self.setResizeMode(QListView.Adjust)
        self.setMovement(QListView.Static)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setDragEnabled(False)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)

    @staticmethod
    def _local_files(event):
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]

    def dragEnterEvent(self, event):
        if self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event):
        if self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def keyPressEvent(self, event):
        super().keyPressEvent(event)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            # Enter opens the attachment (itemActivated); it must not also press the
            # dialog's default button.
            event.accept()

    def dropEvent(self, event):
        files = self._local_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.filesDropped.emit(files)


class AttachmentsWidget(QWidget):
    """Thumbnails of a case's attachments with Add / Open / Remove.

    set_saved(infos, loader): the stored attachments ([cases.AttachmentInfo]) and a
    callable attachment_id -> bytes that reads one from the database.
    new_attachments(): [cases.NewAttachment] to write with the next save.
    Signals: changed() when new attachments were added or removed; problem(str) with a
    readable message when a file cannot be added.
    """

    changed = pyqtSignal()
    problem = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loader = None
        self._new = {}                 # number -> NewAttachment
        self._next = 0
        self._thumbnails_loaded = False
        self._tmpdir = None
        self.read_only = False

        self.list = _DropList(self)
        self.list.setObjectName("attachmentList")
        self.list.setToolTip(tr("Drop photos and documents here, or use “Add files…”. "
                                "Double-click or press Enter to open one."))
        self.addButton = QPushButton(tr("&Add files…"), self)
        self.addButton.setObjectName("addAttachmentButton")
        self.openButton = QPushButton(tr("&Open"), self)
        self.openButton.setObjectName("openAttachmentButton")
        self.removeButton = QPushButton(tr("&Remove"), self)
        self.removeButton.setObjectName("removeAttachmentButton")
        self.removeButton.setToolTip(tr("Remove a new attachment before saving. Saved "
                                        "attachments are kept for the record."))
        self.hint = QLabel(tr("Drop files here or use “Add files…”. Saved attachments are "
                              "part of the case record and cannot be removed."), self)
        self.hint.setWordWrap(True)
        for button in (self.addButton, self.openButton, self.removeButton):
            button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.addButton)
        buttons.addWidget(self.openButton)
        buttons.addWidget(self.removeButton)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.list, self.addButton)
        QWidget.setTabOrder(self.addButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.removeButton)
        self.setFocusProxy(self.list)

        self.addButton.clicked.connect(self.choose_files)
        self.openButton.clicked.connect(self.open_selected)
        self.removeButton.clicked.connect(self.remove_selected)
        self.list.itemActivated.connect(self.open_item)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.filesDropped.connect(self.add_files)
        self._update_buttons()

    # --- content --------------------------------------------------------------------------

    def set_saved(self, infos, loader):
        """Show the stored attachments (replacing the list; new ones are kept)."""
        self._loader = loader
        self._thumbnails_loaded = False
        self.list.clear()
        generic = self._file_icon()
        for info in infos:
            item = QListWidgetItem(generic, info.file_name)
            item.setData(ROLE_KEY, ("saved", info.attachment_id))
            item.setData(Qt.UserRole + 1, info.mime_type)
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            added = (info.added_at or "")[:16].replace("T", " ")
            item.setToolTip(tr("{}\n{} · added {} by {}").format(
                info.file_name, human_size(info.size_bytes), added, info.added_by or "?"))
            self.list.addItem(item)
        for number, attachment in self._new.items():
            self._add_new_item(number, attachment)
        if self.isVisible():
            self.load_thumbnails()
        self._update_buttons()

    def new_attachments(self):
        return list(self._new.values())

    def has_new(self):
        return bool(self._new)

    def clear_new(self):
        """Forget the new attachments (after they were saved)."""
        self._new = {}
        for i in reversed(range(self.list.count())):
            if self.list.item(i).data(ROLE_KEY)[0] == "new":
                self.list.takeItem(i)
        self._update_buttons()

    def set_read_only(self, read_only):
        self.read_only = read_only
        self._update_buttons()

    # --- adding ---------------------------------------------------------------------------

    def choose_files(self):
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Add photos and documents"), "",
            tr("Photos and documents (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.pdf *.doc *.docx "
               "*.xls *.xlsx *.odt *.txt);;All files (*)"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths):
        """Read files into new attachments; returns the number added (problems are
        signalled, one message for all)."""
        if self.read_only:
            return 0
        problems = []
        added = 0
        for path in paths:
            name = os.path.basename(path)
            if os.path.isdir(path):
                problems.append(tr("{} is a folder, not a file.").format(name))
                continue
            try:
                size = os.path.getsize(path)
                if size > MAX_BYTES:
                    problems.append(tr("{} is too large ({}); attachments are limited to {}.")
                                    .format(name, human_size(size), human_size(MAX_BYTES)))
                    continue
                with open(path, "rb") as fh:
                    content = fh.read()
            except OSError as e:
                problems.append(tr("{} cannot be read: {}").format(name, e.strerror or e))
                continue
            mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
            attachment = NewAttachment(file_name=name, content=content, mime_type=mime)
            number = self._next
            self._next += 1
            self._new[number] = attachment
            self._add_new_item(number, attachment)
            added += 1
        if problems:
            self.problem.emit(" ".join(problems))
        if added:
            self._update_buttons()
            self.changed.emit()
        return added

    def _add_new_item(self, number, attachment):
        icon = self._thumbnail(attachment.content) if is_image(attachment.mime_type) else None
        item = QListWidgetItem(icon or self._file_icon(),
                               tr("{} (new)").format(attachment.file_name))
        item.setData(ROLE_KEY, ("new", number))
        item.setData(Qt.UserRole + 1, attachment.mime_type)
        item.setToolTip(tr("{}\n{} · not saved yet").format(
            attachment.file_name, human_size(len(attachment.content))))
        self.list.addItem(item)

    # --- removing -------------------------------------------------------------------------

    def remove_selected(self):
        removed = 0
        for item in self.list.selectedItems():
            kind, key = item.data(ROLE_KEY)
            if kind != "new":
                continue
            self._new.pop(key, None)
            self.list.takeItem(self.list.row(item))
            removed += 1
        if removed:
            self._update_buttons()
            self.changed.emit()
        return removed

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.Delete) or event.key() == Qt.Key_Backspace:
            self.remove_selected()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- opening --------------------------------------------------------------------------

    def content_of(self, item):
        kind, key = item.data(ROLE_KEY)
        if kind == "new":
            return self._new[key].content
        return self._loader(key) if self._loader else None

    def file_name_of(self, item):
        kind, key = item.data(ROLE_KEY)
        if kind == "new":
            return self._new[key].file_name
        return item.text()

    def export(self, item):
        """Write an attachment to a temporary file (its own name, in a folder of its own)
        and return the path."""
        if self._tmpdir is None:
            self._tmpdir = tempfile.mkdtemp(prefix="liangwei-attachments-")
        kind, key = item.data(ROLE_KEY)
        folder = os.path.join(self._tmpdir, "%s-%s" % (kind, key))
        os.makedirs(folder, exist_ok=True)
        name = os.path.basename(self.file_name_of(item)) or "attachment"
        path = os.path.join(folder, name)
        content = self.content_of(item)
        if content is None:
            raise OSError(tr("the attachment has no content"))
        with open(path, "wb") as fh:
            fh.write(content)
        return path

    def open_item(self, item):
        try:
            path = self.export(item)
        except OSError as e:
            self.problem.emit(tr("{} cannot be opened: {}").format(item.text(), e.strerror or e))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            self.problem.emit(tr("No program is set up to open {}; it was saved as {}.")
                              .format(os.path.basename(path), path))
        return path

    def open_selected(self):
        items = self.list.selectedItems()
        if not items and self.list.currentItem() is not None:
            items = [self.list.currentItem()]
        for item in items:
            self.open_item(item)

    def cleanup(self):
        """Remove the temporary copies made for opening."""
        if self._tmpdir is not None:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None

    # --- thumbnails -----------------------------------------------------------------------

    def showEvent(self, event):
        super().showEvent(event)
        self.load_thumbnails()

    def load_thumbnails(self):
        """Read the stored photos for their thumbnails (once, when first shown: opening
        the dialog does not read the photos)."""
        if self._thumbnails_loaded:
            return
        self._thumbnails_loaded = True
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            for i in range(self.list.count()):
                item = self.list.item(i)
                kind, key = item.data(ROLE_KEY)
                if kind == "saved" and is_image(item.data(Qt.UserRole + 1)) and self._loader:
                    icon = self._thumbnail(self._loader(key))
                    if icon is not None:
                        item.setIcon(icon)
        finally:
            QApplication.restoreOverrideCursor()

    @staticmethod
    def _thumbnail(content):
        image = QImage.fromData(content or b"")
        if image.isNull():
            return None
        return QIcon(QPixmap.fromImage(image.scaled(THUMBNAIL, THUMBNAIL, Qt.KeepAspectRatio,
                                                    Qt.SmoothTransformation)))

    def _file_icon(self):
        return self.style().standardIcon(QStyle.SP_FileIcon)

    def _update_buttons(self):
        selected = self.list.selectedItems()
        self.addButton.setEnabled(not self.read_only)
        self.openButton.setEnabled(bool(selected) or self.list.currentItem() is not None)
        self.removeButton.setEnabled(not self.read_only and any(
            i.data(ROLE_KEY)[0] == "new" for i in selected))
