#!/usr/bin/env python3
"""Opens a Basin report in headless Chromium and fails if it is blank or an image is broken.

Usage: check_report.py REPORT_DIR/index.html [SCREENSHOT.png]

Drives Debian's chromium through chromedriver's W3C WebDriver protocol with the standard library only
(no packages to install). Checks, after the page has loaded:
  - the page has a title, a headline and all of its sections (summary, charts, basins, reproduce,
    methods, provenance), so it is not blank;
  - every <img> finished loading with a non-zero natural size (no broken image);
  - no resource was requested from the network (every image is inline data);
and writes a full-page screenshot. Exit code 0 when all checks pass, 1 otherwise.
"""
import base64
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

SECTIONS = ["headline", "summary", "charts", "basins", "reproduce", "methods", "provenance"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read().decode())["value"]


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    page = os.path.abspath(sys.argv[1])
    shot = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(page), "screenshot.png")
    if not os.path.isfile(page):
        print(f"check_report: no such file: {page}", file=sys.stderr)
        return 2
    port = free_port()
    driver = subprocess.Popen(["chromedriver", f"--port={port}"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    profile = tempfile.mkdtemp(prefix="basin-chromium-")
    try:
        for _ in range(100):
            try:
                call(base, "GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", f"--user-data-dir={profile}"]
        session = call(base, "POST", "/session", {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": args}}}})
        sid = session["sessionId"]
        try:
            call(base, "POST", f"/session/{sid}/url", {"url": "file://" + page})
            script = """
                const images = [...document.images];
                const broken = images.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.alt);
                const missing = arguments[0].filter(id => !document.getElementById(id));
                const external = performance.getEntriesByType('resource').map(r => r.name)
                    .filter(n => !n.startsWith('data:') && !n.startsWith('file:'));
                document.body.style.zoom = 1;
                return {title: document.title, images: images.length, broken: broken, missing: missing,
                        external: external, text: document.body.innerText.length,
                        height: document.documentElement.scrollHeight};
            """
            result = call(base, "POST", f"/session/{sid}/execute/sync", {"script": script, "args": [SECTIONS]})
            height = min(int(result["height"]), 20000)
            call(base, "POST", f"/session/{sid}/window/rect", {"width": 1280, "height": height})
            png = call(base, "GET", f"/session/{sid}/screenshot")
            with open(shot, "wb") as out:
                out.write(base64.b64decode(png))
        finally:
            call(base, "DELETE", f"/session/{sid}")
    finally:
        driver.terminate()
    problems = []
    if not result["title"] or result["text"] < 500:
        problems.append(f"the page looks blank (title {result['title']!r}, {result['text']} characters of text)")
    if result["missing"]:
        problems.append("sections missing: " + ", ".join(result["missing"]))
    if result["images"] == 0:
        problems.append("the page has no chart")
    if result["broken"]:
        problems.append("broken images: " + ", ".join(result["broken"]))
    if result["external"]:
        problems.append("resources requested from outside the file: " + ", ".join(result["external"][:5]))
    for problem in problems:
        print("check_report: " + problem, file=sys.stderr)
    if not problems:
        print(f"check_report: {page}: {result['images']} images, all loaded; every section present;"
              f" screenshot {shot}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
