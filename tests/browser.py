"""A headless Chromium driven over the DevTools protocol: open a page, read its DOM, take a screenshot.

One browser serves the whole test session (a fresh Chromium per page costs
seconds each). The protocol is spoken directly over a WebSocket with
websocket-client, so no driver binary or browser download is needed: Debian's
`chromium` is enough (scripts/install-system.sh installs it in CI).
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import regex

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--window-size=1280,900",
]
_LISTENING = regex.compile(r"DevTools listening on (ws://\S+)")


def fetch(url: str) -> tuple[int, bytes, str]:
    """(status, body, content type) of a plain HTTP GET; an error status is an answer, not an exception."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read(), response.headers.get("content-type", "")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), exc.headers.get("content-type", "")


class PageError(AssertionError):
    """The page threw a JavaScript exception or never finished loading."""


class Browser:
    """One headless Chromium and one tab in it."""

    def __init__(self, timeout: float = 90.0) -> None:  # (a loaded 2-core machine took over 30 s to start it)
        import websocket  # websocket-client, a test dependency

        if CHROMIUM is None:
            raise RuntimeError("no chromium binary")
        self.profile = Path(tempfile.mkdtemp(prefix="stats-chromium-"))
        self.process = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={self.profile}", "--remote-debugging-port=0", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        browser_url = self._wait_for_endpoint(timeout)
        port = browser_url.split("/")[2].split(":")[1]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=timeout) as response:
            pages = [t for t in json.load(response) if t["type"] == "page"]
        self.socket = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=timeout, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict[str, Any]] = []
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send("Network.enable")
        self.status: int | None = None

    def _wait_for_endpoint(self, timeout: float) -> str:
        assert self.process.stderr is not None
        deadline = time.monotonic() + timeout
        seen = []
        while time.monotonic() < deadline:
            line = self.process.stderr.readline()
            if not line and self.process.poll() is not None:
                break
            seen.append(line)
            found = _LISTENING.search(line)
            if found:
                return found[1]
        raise RuntimeError("chromium did not start:\n" + "".join(seen[-20:]))

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Call one protocol method and return its result, keeping the events that arrive meanwhile."""
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise PageError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def _wait_for_event(self, method: str, timeout: float = 30.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for index, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(index)
            self.events.append(json.loads(self.socket.recv()))
        raise PageError(f"no {method} within {timeout}s")

    def open(self, url: str) -> str:
        """Load `url`, fail on a JavaScript exception, and return the DOM as HTML; `status` is its HTTP status."""
        self.events.clear()
        result = self.send("Page.navigate", url=url)
        if result.get("errorText"):
            raise PageError(f"{url}: {result['errorText']}")
        self._wait_for_event("Page.loadEventFired")
        documents = [
            e["params"]["response"]["status"]
            for e in self.events
            if e.get("method") == "Network.responseReceived" and e["params"].get("type") == "Document"
        ]
        self.status = documents[-1] if documents else None
        exceptions = [e for e in self.events if e.get("method") == "Runtime.exceptionThrown"]
        if exceptions:
            raise PageError(f"{url}: {exceptions[0]['params']['exceptionDetails']}")
        return self.evaluate("document.documentElement.outerHTML")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (JSON-serialisable values only)."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def links(self) -> list[str]:
        """Every link of the current page, as absolute URLs the browser resolved."""
        return self.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")

    def screenshot(self, path: Path, max_height: int = 900) -> Path:
        """Save the page, its top `max_height` CSS pixels (the first screen by default), as a PNG."""
        metrics = self.send("Page.getLayoutMetrics")["cssContentSize"]
        clip = {"x": 0, "y": 0, "width": metrics["width"], "height": min(metrics["height"], max_height), "scale": 1}
        data = self.send("Page.captureScreenshot", format="png", clip=clip, captureBeyondViewport=True)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        try:
            self.socket.close()
        finally:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            shutil.rmtree(self.profile, ignore_errors=True)
