"""One side of the discovery test, run inside the test's own network namespace.

`announce SECONDS` announces an office server on loopback for that long; `browse` prints what
answered as `found NAME|HOST|PORT` lines. Loopback only: the namespace has no other interface.
"""

import sys
import time

from blkdesk.core.storage import discovery

LOOPBACK = ["127.0.0.1"]

if __name__ == "__main__":
    if sys.argv[1] == "announce":
        announcer = discovery.Announcer("UPTD BLK Lebak", 5433, LOOPBACK, interfaces=LOOPBACK)
        print("announced", flush=True)
        time.sleep(float(sys.argv[2]))
        announcer.close()
    else:
        for found in discovery.browse(3.0, interfaces=LOOPBACK):
            print(f"found {found.name}|{found.host}|{found.port}", flush=True)
