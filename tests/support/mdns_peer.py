"""One side of the discovery test, run inside the test's own network namespace.

`announce SECONDS [NAME PORT ADDRESS…]` announces an office server on loopback for that long (by
default UPTD BLK Lebak on 127.0.0.1:5433); `browse` prints what answered as `found NAME|HOST|PORT`
lines. Loopback only: the namespace has no other interface.
"""

import sys
import time

from blkdesk.core.storage import discovery

LOOPBACK = ["127.0.0.1"]

if __name__ == "__main__":
    if sys.argv[1] == "announce":
        name, port, *addresses = sys.argv[3:] or ["UPTD BLK Lebak", "5433", *LOOPBACK]
        announcer = discovery.Announcer(name, int(port), addresses, interfaces=LOOPBACK)
        print("announced", flush=True)
        time.sleep(float(sys.argv[2]))
        announcer.close()
    else:
        for found in discovery.browse(3.0, interfaces=LOOPBACK):
            print(f"found {found.name}|{found.host}|{found.port}", flush=True)
