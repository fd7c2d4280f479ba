"""The domain must run where Qt cannot even be imported (a province server, the CLI)."""

import subprocess
import sys

PROBE = """
import importlib, pkgutil, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is not available here')
        return None

sys.meta_path.insert(0, NoQt())
import blkdesk.core
packages = [blkdesk.core]
try:
    import blkdesk.exchange
    packages.append(blkdesk.exchange)
except ModuleNotFoundError:
    pass
count = 0
for package in packages:
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):
        if '.migrations.' in info.name and not info.name.endswith('migrations'):
            continue  # revision scripts run only inside Alembic
        importlib.import_module(info.name)
        count += 1
assert not any(m.startswith('PySide6') for m in sys.modules)
print(count)
"""


def test_core_and_exchange_import_without_pyside6():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 10
