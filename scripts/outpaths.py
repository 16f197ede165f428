"""Output paths of the int4sim scripts, with the rules of the int4sim executable (base/files.h):
each path is checked before any work starts and refused with one line naming it and exit code 2
(nothing is created); missing parent folders are made only when the file is written, atomically
(a temporary file renamed into place), and each written file is announced as "wrote PATH".
"""
import os
import sys
import tempfile


def refuse(script, message):
    """One line on stderr, exit code 2 (bad input), as int4sim does."""
    print(f"{script}: error: {message}", file=sys.stderr)
    sys.exit(2)


def _nearest_existing(folder):
    p = folder or "."
    while not os.path.lexists(p):
        parent = os.path.dirname(p.rstrip("/")) or "."
        if parent == p:
            break
        p = parent
    return p


def _check_location(script, path, folder):
    existing = _nearest_existing(folder)
    if not os.path.isdir(existing):
        refuse(script, f"{path}: cannot be made: {existing} is not a directory")
    # Tried for real: root ignores permission bits and /proc refuses what os.access allows.
    try:
        os.rmdir(tempfile.mkdtemp(prefix=".int4sim-probe-", dir=existing))
    except OSError as e:
        refuse(script, f"{path}: cannot write in {existing} ({e.strerror})")


def check_file(script, path):
    """An output file: not a directory or device, and its folder can be made and written."""
    if not path:
        refuse(script, "an output file path is empty")
    if os.path.isdir(path):
        refuse(script, f"{path}: is a directory (a file is expected here)")
    if path.endswith("/"):
        refuse(script, f"{path}: ends in '/' (a file is expected here)")
    if os.path.lexists(path) and not os.path.isfile(path):
        refuse(script, f"{path}: not a regular file")
    _check_location(script, path, os.path.dirname(path))
    return path


def check_dir(script, path):
    """An output folder: a directory if it exists, else makeable."""
    if not path:
        refuse(script, "an output directory path is empty")
    if os.path.lexists(path) and not os.path.isdir(path):
        refuse(script, f"{path}: is not a directory")
    _check_location(script, path, path if os.path.isdir(path) else os.path.dirname(path))
    return path


def check_input(script, path):
    """An input file that must exist and be a file."""
    if os.path.isdir(path):
        refuse(script, f"{path}: is a directory")
    if not os.path.isfile(path):
        refuse(script, f"{path}: cannot open file")
    return path


def make_parent(path):
    folder = os.path.dirname(path)
    if folder:
        os.makedirs(folder, exist_ok=True)


def save_figure(fig, path, **kwargs):
    """matplotlib's savefig, atomically, parents made, announced."""
    make_parent(path)
    tmp = f"{path}.tmp.{os.getpid()}"
    try:
        fig.savefig(tmp, format=kwargs.pop("format", "png"), **kwargs)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    print(f"wrote {path}")


def write_text(path, text):
    """A text file, atomically, parents made, announced."""
    make_parent(path)
    tmp = f"{path}.tmp.{os.getpid()}"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)
    print(f"wrote {path}")
