"""PyInstaller runtime hook: programs the app starts get the seller's environment back.

On Linux the bootloader puts the bundle's folder first in ``LD_LIBRARY_PATH`` (keeping the
old value in ``LD_LIBRARY_PATH_ORIG``). The app itself has already loaded with it: the
dynamic loader reads the variable once, at process start. Left in place it would reach
``xdg-open`` and the file manager that "Show the folder" opens, which would then load the
bundle's older libstdc++, zlib or xcb instead of their own and could fail to start.
"""

import os
import sys

if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
    _original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if _original is not None:
        os.environ["LD_LIBRARY_PATH"] = _original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)
