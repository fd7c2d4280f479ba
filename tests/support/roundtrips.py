"""Counting round trips to PostgreSQL: a loopback proxy that watches whose turn it is to talk.

On an office LAN every round trip costs a clerk its latency, so a test states how many one
action may take. A round trip starts each time the client speaks after the server has answered:
what crosses the wire counts, whatever the driver or SQLAlchemy do on the way.
"""

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress


class RoundTrips:
    """Forwards 127.0.0.1:`port` to the server on 127.0.0.1:`upstream_port`, counting turns."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.count = 0
        self._client_spoke_last = False
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._spawn(self._accept)

    def url(self, server_url: str) -> str:
        return server_url.replace(f":{self.upstream_port}/", f":{self.port}/")

    @contextmanager
    def counting(self) -> Iterator["RoundTrips"]:
        with self._lock:
            self.count = 0
        yield self

    def close(self) -> None:
        self._listener.close()
        for sock in list(self._sockets):
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(5)
        for sock in self._sockets:
            sock.close()

    def _spawn(self, target, *args) -> None:  # type: ignore[no-untyped-def]
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            self._sockets += [client, upstream]
            self._spawn(self._pipe, client, upstream, True)
            self._spawn(self._pipe, upstream, client, False)

    def _pipe(self, source: socket.socket, sink: socket.socket, from_client: bool) -> None:
        try:
            while data := source.recv(65536):
                with self._lock:
                    if from_client and not self._client_spoke_last:
                        self.count += 1
                    self._client_spoke_last = from_client
                sink.sendall(data)
        except OSError:
            pass
        finally:
            with suppress(OSError):
                sink.shutdown(socket.SHUT_WR)
