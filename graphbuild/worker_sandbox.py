"""Start one child process of the SPARQL endpoint in a sandbox, then become it.

The endpoint's front runs every child (the Oxigraph workers and the query checkers) as::

    python -I -S worker_sandbox.py --parent PID --memory BYTES [--isolate] -- PROGRAM ARG...

This file uses the standard library only (it runs without site-packages, so it starts in a
few milliseconds) and ends by exec'ing PROGRAM: the process keeps its id and these settings.

- ``PR_SET_PDEATHSIG`` = SIGKILL: the kernel kills the child when the thread that started it
  ends, however the front dies (``kill -9`` included); if the front is already gone, the
  child does not start at all.
- ``RLIMIT_DATA`` = BYTES: a query that needs more memory ends the child ("memory allocation
  failed"), not the machine.
- With ``--isolate``: a network namespace of its own, in which only loopback is up (needs
  root, or CAP_SYS_ADMIN, on Linux). Nothing the child runs can open a connection to
  another host, nor to a port of this host: a ``SERVICE`` that got past the query check
  finds nobody listening.

The first line written to stdout says what was done, for the front to read:
``graphbuild-sandbox: network isolated`` or ``graphbuild-sandbox: network shared (why)``.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import resource
import signal
import socket
import struct
import sys

PR_SET_PDEATHSIG = 1
CLONE_NEWNET = 0x40000000
SIOCGIFFLAGS = 0x8913
SIOCSIFFLAGS = 0x8914
IFF_UP = 0x1
READY_PREFIX = "graphbuild-sandbox: "
ISOLATED = READY_PREFIX + "network isolated"
SHARED = READY_PREFIX + "network shared"


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def die_with_parent(libc: ctypes.CDLL, parent: int) -> None:
    """SIGKILL when the parent thread ends (Linux); exit now if the parent is already gone."""
    if sys.platform == "linux" and libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent:  # the front died before prctl: nobody would kill us later
        sys.exit(1)


def bring_loopback_up() -> None:
    """``ip link set lo up`` in the current network namespace, without iproute2."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sH22s", b"lo", 0, b"")
        flags = struct.unpack("16sH", fcntl.ioctl(sock, SIOCGIFFLAGS, request)[:18])[1]
        fcntl.ioctl(sock, SIOCSIFFLAGS, struct.pack("16sH22s", b"lo", flags | IFF_UP, b""))


def isolate_network(libc: ctypes.CDLL) -> str:
    """A network namespace of this process's own with loopback up; the line to report."""
    if sys.platform != "linux":
        return f"{SHARED} (network namespaces need Linux)"
    if libc.unshare(CLONE_NEWNET) != 0:
        error = ctypes.get_errno()
        why = f"unshare: {os.strerror(error)}; network namespaces need root, with CAP_SYS_ADMIN"
        return f"{SHARED} ({why})"
    bring_loopback_up()
    return ISOLATED


def main(arguments: list[str]) -> None:
    if "--" not in arguments:
        sys.exit("usage: worker_sandbox.py --parent PID --memory BYTES [--isolate] -- PROGRAM")
    split = arguments.index("--")
    options, program = arguments[:split], arguments[split + 1 :]
    parent = int(options[options.index("--parent") + 1])
    memory = int(options[options.index("--memory") + 1])
    libc = _libc()
    die_with_parent(libc, parent)
    if memory > 0:
        resource.setrlimit(resource.RLIMIT_DATA, (memory, memory))
    report = isolate_network(libc) if "--isolate" in options else f"{SHARED} (not asked)"
    sys.stdout.write(report + "\n")
    sys.stdout.flush()
    os.execv(program[0], program)


if __name__ == "__main__":
    main(sys.argv[1:])
