#!/usr/bin/env python3
"""Slow and unfinished request bodies against a Qingfeng instance on this machine (loopback only).

Opens COUNT connections that each send the headers of a multipart POST /report announcing a megabyte and the first
boundary line, then nothing ("stall") or one byte every TRICKLE seconds ("trickle"). A third of them come from one
address, the rest each from an address of its own (X-Forwarded-For, believed from the trusted local proxy), so both
the per-address and the instance-wide bounds are met. Meanwhile it asks for /, /track, /report and /api/v1/units
every second, each with a one-second time-out. At the end it says how every slow connection ended.

Bounded: at most 600 connections and 300 seconds, and only against 127.0.0.1. Every socket operation has a time-out.
Standard library only. Prints one JSON object.
"""
import json
import selectors
import socket
import sys
import threading
import time
import urllib.request

HOST = "127.0.0.1"


def main():
    port = int(sys.argv[1])
    count = min(int(sys.argv[2]) if len(sys.argv) > 2 else 300, 600)
    duration = min(float(sys.argv[3]) if len(sys.argv) > 3 else 60, 300)
    trickle = float(sys.argv[4]) if len(sys.argv) > 4 else 15

    head = ("POST /report HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=slow\r\n"
            "Content-Length: 1000000\r\n{xff}\r\n--slow\r\n")
    conns = []  # dicts: sock, mode, opened, answer, closed_at
    sel = selectors.DefaultSelector()
    started = time.monotonic()
    for i in range(count):
        xff = "" if i % 3 == 0 else "X-Forwarded-For: 198.18.%d.%d\r\n" % (i // 250, i % 250 + 1)
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.settimeout(2)
        c = {"i": i, "mode": "trickle" if i % 2 else "stall", "answer": b"", "closed_at": None, "error": None}
        try:
            s.connect((HOST, port))
            s.sendall(head.format(xff=xff).encode("ascii"))
        except OSError as e:
            c["error"] = "connect: %s" % e
            c["closed_at"] = time.monotonic()
            s.close()
            conns.append(c)
            continue
        s.setblocking(False)
        c["sock"] = s
        c["opened"] = time.monotonic()
        sel.register(s, selectors.EVENT_READ, c)
        conns.append(c)
    opened_in = time.monotonic() - started

    probes = []
    stop = threading.Event()

    def probe():
        paths = ["/", "/track", "/report", "/api/v1/units"]
        while not stop.is_set():
            for p in paths:
                t0 = time.monotonic()
                try:
                    with urllib.request.urlopen("http://%s:%d%s" % (HOST, port, p), timeout=1) as r:
                        r.read()
                        status = r.status
                except Exception as e:  # a time-out or a refusal is what we look for
                    status = type(e).__name__
                probes.append({"path": p, "status": status, "ms": round((time.monotonic() - t0) * 1000, 1)})
            stop.wait(1)

    prober = threading.Thread(target=probe, daemon=True)
    prober.start()

    last_trickle = time.monotonic()
    deadline = started + duration
    while time.monotonic() < deadline and any(c["closed_at"] is None for c in conns):
        for key, _ in sel.select(timeout=0.5):
            c = key.data
            try:
                data = c["sock"].recv(65536)
            except (ConnectionResetError, BrokenPipeError, OSError):
                data = b""
            if data:
                c["answer"] += data[:4096]
            else:
                c["closed_at"] = time.monotonic()
                sel.unregister(c["sock"])
                c["sock"].close()
        if time.monotonic() - last_trickle >= trickle:
            last_trickle = time.monotonic()
            for c in conns:
                if c["mode"] == "trickle" and c["closed_at"] is None:
                    try:
                        c["sock"].send(b"x")
                    except OSError:
                        pass
    stop.set()
    prober.join(timeout=5)

    still_open = 0
    for c in conns:
        if c["closed_at"] is None:
            still_open += 1
            sel.unregister(c["sock"])
            c["sock"].close()

    def status(c):
        line = c["answer"].split(b"\r\n", 1)[0].decode("latin-1")
        return line.split(" ")[1] if line.startswith("HTTP/") else ("none" if c["error"] is None else "error")

    outcomes = {}
    lifetimes = {}
    for c in conns:
        key = "%s:%s" % (c["mode"], status(c))
        outcomes[key] = outcomes.get(key, 0) + 1
        if c["closed_at"] is not None and "opened" in c:
            lifetimes.setdefault(status(c), []).append(c["closed_at"] - c["opened"])
    bad = [p for p in probes if p["status"] != 200 or p["ms"] > 1000]
    print(json.dumps({
        "connections": count,
        "opened_in_s": round(opened_in, 2),
        "outcomes": outcomes,
        "closed_after_s": {k: {"min": round(min(v), 1), "max": round(max(v), 1)} for k, v in lifetimes.items()},
        "still_open_at_end": still_open,
        "probes": len(probes),
        "probes_slow_or_failed": len(bad),
        "probe_max_ms": max((p["ms"] for p in probes), default=None),
        "probe_examples_bad": bad[:5],
        "ran_s": round(time.monotonic() - started, 1),
    }))


if __name__ == "__main__":
    main()
