"""Output folders replaced as a whole: a build's files all appear at once, or none do.

A build writes into a fresh folder *beside* its output folder (``.dist.build-XXXX/new``
for ``dist``), then swaps the two with one atomic ``renameat2(RENAME_EXCHANGE)`` (Linux):
a reader of ``dist/`` sees the old build or the new one, never a mix, and a build killed
at any moment leaves the old folder as it was. Files in the old folder that the build
does not own (the ingest report, the pictures of ``graphbuild network draw``, ...) are
carried into the new folder as hard links first; the build's own files are listed, with
their SHA-256, in ``build.json`` (:data:`MARKER`), which is written last into the new
folder. Without ``RENAME_EXCHANGE`` (another system, a file system that lacks it) the swap
is two renames; a kill between them leaves no ``dist`` until the next build puts the old
one back.

``.dist.lock`` beside the folder is held (``flock``) while a build or a drawing writes it:
a second one stops at once with :class:`~graphbuild.errors.BusyError`. Holding the lock,
a run removes what killed runs left: ``.dist.build-*`` folders beside ``dist`` and
``dist/.build-*`` (where earlier versions built).

Every rename goes through :func:`rename`, so that tests can kill the process at the Nth
one (``GRAPHBUILD_KILL_AT_RENAME=N``) and check what is left.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import shutil
import signal
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from graphbuild.errors import BusyError, OptionError

#: The build marker: which build the folder holds, and its files with their SHA-256.
MARKER = "build.json"

#: Fault injection: SIGKILL this process just before its Nth rename (tests only).
KILL_AT_RENAME_ENV = "GRAPHBUILD_KILL_AT_RENAME"

_renames = 0


def rename(source: Path, target: Path) -> None:
    """``os.replace``, counted for fault injection."""
    _before_rename()
    os.replace(source, target)


def _before_rename() -> None:
    global _renames
    _renames += 1
    wanted = os.environ.get(KILL_AT_RENAME_ENV, "")
    if wanted.isdigit() and int(wanted) == _renames:
        os.kill(os.getpid(), signal.SIGKILL)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step; False when the system cannot (nothing changed)."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    _before_rename()
    result = renameat2(
        _AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), ctypes.c_uint(_RENAME_EXCHANGE)
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


# -- the lock -----------------------------------------------------------------------------


def lock_path(folder: Path) -> Path:
    return folder.parent / f".{folder.name}.lock"


@contextmanager
def folder_lock(folder: str | Path) -> Iterator[None]:
    """Hold ``.NAME.lock`` beside ``folder`` for writing it; raise BusyError if another
    process holds it. The lock goes with the process, however it ends."""
    import fcntl

    target = Path(folder)
    path = lock_path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            raise BusyError(
                f"another graphbuild process{f' (pid {holder})' if holder else ''} "
                "is writing this folder",
                str(target),
                "wait for it to finish, or give another output folder",
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)  # releases the lock


# -- scratch ------------------------------------------------------------------------------


def _scratch_prefix(folder: Path) -> str:
    return f".{folder.name}.build-"


def remove_scratch(folder: Path) -> list[Path]:
    """Remove what killed builds left (call it holding the lock); return what was removed.

    A build killed between the two renames of the fallback swap left no ``folder`` but
    its old contents in ``.NAME.build-*/old``: they are put back first.
    """
    removed: list[Path] = []
    if not folder.parent.is_dir():
        return removed
    leftovers = sorted(folder.parent.glob(_scratch_prefix(folder) + "*"))
    if not folder.exists() and not folder.is_symlink():
        for scratch in leftovers:
            if (scratch / "old").is_dir():
                rename(scratch / "old", folder)
                break
    for scratch in leftovers:
        shutil.rmtree(scratch, ignore_errors=True)
        removed.append(scratch)
    if folder.is_dir():
        for scratch in sorted(folder.glob(".build-*")):  # where earlier versions built
            if scratch.is_dir() and not scratch.is_symlink():
                shutil.rmtree(scratch, ignore_errors=True)
            else:
                scratch.unlink(missing_ok=True)
            removed.append(scratch)
    return removed


# -- the swap -----------------------------------------------------------------------------


def check_output_folder(folder: Path, *, keep: tuple[Path, ...] = ()) -> None:
    """Refuse an output folder whose swap would move the current folder or ``keep``."""
    real = folder.resolve()
    for path in (Path.cwd(), *keep):
        inside = path.resolve()
        if inside == real or real in inside.parents:
            raise OptionError(
                f"the output folder holds {path}, which a build would move away",
                str(folder),
                "give a folder of its own for the build, such as dist",
            )


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_marker(folder: Path) -> dict[str, Any] | None:
    """The folder's build marker, or None when it has none (or an unreadable one)."""
    try:
        marker = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return marker if isinstance(marker, dict) else None


class FolderUpdate:
    """A new version of an output folder, built beside it and swapped in by :meth:`commit`.

    Use it as a context manager: it takes the lock, clears what killed runs left and makes
    ``new`` (the future folder) and ``work`` (scratch space on the same file system). If
    the block ends without a commit, or with an error, the folder keeps what it had.
    """

    def __init__(self, folder: str | Path) -> None:
        target = Path(folder)
        # A folder given as a link is replaced where it points, and the link stays.
        self.folder = target.resolve() if target.is_symlink() else target
        self.shown = str(folder)
        self.staging: Path | None = None
        self._lock: Any = None

    def __enter__(self) -> FolderUpdate:
        self.folder.parent.mkdir(parents=True, exist_ok=True)
        if self.folder.exists() and not self.folder.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "not a folder", self.shown)
        self._lock = folder_lock(self.folder)
        self._lock.__enter__()
        try:
            remove_scratch(self.folder)
            self.staging = Path(
                tempfile.mkdtemp(prefix=_scratch_prefix(self.folder), dir=self.folder.parent)
            )
            self.new.mkdir()
            self.work.mkdir()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self.staging is not None:
                shutil.rmtree(self.staging, ignore_errors=True)
        finally:
            if self._lock is not None:
                self._lock.__exit__(None, None, None)
                self._lock = None

    @property
    def new(self) -> Path:
        assert self.staging is not None, "use FolderUpdate as a context manager"
        return self.staging / "new"

    @property
    def work(self) -> Path:
        assert self.staging is not None, "use FolderUpdate as a context manager"
        return self.staging / "work"

    def commit(
        self, files: Mapping[str, Path], about: Mapping[str, Any], *, also: Iterable[str] = ()
    ) -> dict[str, Path]:
        """Swap ``new`` in: ``files`` (names in ``new``) are the build's own; ``about`` goes
        into the marker beside their digests. ``also`` names the other entries of ``new``
        this run wrote (not the build's: not in the marker), so that the old folder's are not
        carried over them. Returns the build's files at their final place."""
        owned = sorted(files)
        for name in owned:  # a name may be a path inside the folder: tables/activities.csv
            if files[name] != self.new / name or self.new not in files[name].parents:
                raise ValueError(f"{files[name]} is not {name} in {self.new}")
        marker = {**about, "files": {n: file_digest(files[n]) for n in owned}}
        self._carry_over({*owned, *also, MARKER})
        text = json.dumps(marker, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (self.new / MARKER).write_text(text, encoding="utf-8")
        if not self.folder.exists():
            rename(self.new, self.folder)
        elif not exchange(self.new, self.folder):
            rename(self.folder, self.new.parent / "old")  # two steps: see the module's note
            rename(self.new, self.folder)
        return {name: self.folder / name for name in owned}

    def _carry_over(self, owned: set[str]) -> None:
        """Hard-link (or copy) into ``new`` what the old folder holds besides its build."""
        if not self.folder.is_dir():
            return
        previous = read_marker(self.folder) or {}
        old_files = previous.get("files")
        replaced = owned | (set(old_files) if isinstance(old_files, dict) else set())
        replaced |= {name.split("/", 1)[0] for name in replaced}  # a build's own subfolders
        for entry in sorted(self.folder.iterdir()):
            if entry.name in replaced or entry.name.startswith(".build-"):
                continue
            target = self.new / entry.name
            if entry.is_symlink():
                os.symlink(os.readlink(entry), target)
            elif entry.is_dir():
                shutil.copytree(entry, target, symlinks=True, copy_function=_link_or_copy)
            else:
                _link_or_copy(str(entry), str(target))


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
