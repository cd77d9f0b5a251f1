"""Typing benchmark: run ``python benchmarks/typing.py``; the work is in keystrokes.py.

This file's name is also the standard library's ``typing``. Python puts a
script's folder first on ``sys.path``, so when any script in ``benchmarks/``
imports ``typing``, it finds this file. In that case this file loads the real
module in its place; run as a script, it starts the benchmark.
"""

import sys

if __name__ == "typing":
    import importlib.util
    import sysconfig

    _spec = importlib.util.spec_from_file_location(
        "typing", f"{sysconfig.get_path('stdlib')}/typing.py")
    _real = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
    sys.modules["typing"] = _real
    _spec.loader.exec_module(_real)  # type: ignore[union-attr]
    globals().update(_real.__dict__)
else:
    import runpy
    from pathlib import Path

    here = Path(__file__).resolve().parent
    sys.path = [p for p in sys.path if Path(p or ".").resolve() != here]
    sys.path.insert(0, str(here.parent))
    runpy.run_path(str(here / "keystrokes.py"), run_name="__main__")
