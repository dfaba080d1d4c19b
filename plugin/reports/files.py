"""Output files of the reports: written to a private temporary file next to the
target and moved into place when complete, with the permissions a new file gets."""

import os


def _umask():
    """The process's umask without changing it (os.umask sets it, which another thread
    could observe): read from /proc where there is one."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def usual_permissions(path):
    """Give `path` the permissions of a newly created file (mkstemp makes it private
    to its owner, so a finished report would be unreadable for the office's group)."""
    os.chmod(path, 0o666 & ~_umask())
