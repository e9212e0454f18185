#!/usr/bin/env python3
"""Submission load for the fault scripts: concurrent clients posting real-name reports with evidence files to
POST /api/v1/reports, each recording every receipt the server acknowledged (HTTP 201) as one JSON line.

A client keeps one Idempotency-Key per report and retries the same request (same key, same bytes) on a refused
connection, a reset, a timeout or a 5xx, until it is acknowledged or --retry-for runs out: that is what an
intake system does when the app or its database goes away in the middle of a call. A report is "shown" to the
client only when a 201 came back; only those go into --out.

Python 3 standard library only.
usage: load.py --base http://127.0.0.1:8091 [--base http://127.0.0.1:8092] --token TOKEN --out receipts.jsonl
               [--clients 16] [--duration 40] [--retry-for 120] [--email-share 0.0] [--stop-file PATH]
"""
import argparse
import datetime
import http.client
import json
import os
import random
import struct
import sys
import threading
import time
import urllib.parse
import uuid
import zlib

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def id_number(rnd):
    """A valid resident ID number (Hunan, Yongzhou's Lingling district), check character computed."""
    first17 = "431102%04d%02d%02d%03d" % (rnd.randint(1950, 2005), rnd.randint(1, 12), rnd.randint(1, 28),
                                          rnd.randint(0, 999))
    total = sum(int(c) * w for c, w in zip(first17, WEIGHTS))
    return first17 + CHECK[total % 11]


def png(rnd, side):
    """A real PNG of random grey pixels: Tika detects image/png from its magic number."""
    raw = b"".join(b"\x00" + rnd.randbytes(side) for _ in range(side))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b""))


def pdf(rnd):
    text = "evidence %s" % rnd.randbytes(8).hex()
    return ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
            "%% %s\ntrailer<</Root 1 0 R>>\n%%%%EOF\n" % text).encode()


UNITS = [("LL-ZWFW", "LL-03", "零陵区政务服务中心 不动产登记窗口", "LL0301"),
         ("CITY-ZWFW", "C-01", "永州市政务服务中心 综合受理窗口", "C0101")]


def report(rnd, seq, email_share):
    unit, window, place, badge = rnd.choice(UNITS)
    arrogant = rnd.random() < 0.5
    fields = [
        ("category", "ARROGANT_SERVICE" if arrogant else "PETTY_CORRUPTION"),
        ("subcategory", "HARD_TO_DO" if arrogant else "HINTING"),
        ("unit", unit), ("window", window),
        ("occurredDate", (datetime.date.today() - datetime.timedelta(days=rnd.randint(1, 20))).isoformat()), ("occurredTime", "10:30"),
        ("place", place), ("accusedBadge", badge), ("accusedDescription", "戴眼镜的男性工作人员"),
        ("narrative", "办理业务时，工作人员说材料不全，暗示\"懂规矩\"就能当天办好，被要求下周再来。编号%d" % seq),
        ("reporterName", "压测人"), ("idNumber", id_number(rnd)), ("phone", "139%08d" % rnd.randint(0, 99999999)),
        ("directlyServed", "yes"), ("contactPreference", "PHONE"), ("declaration", "on"), ("consent", "on"),
    ]
    email = None
    if rnd.random() < email_share:
        email = "r%s@example.cn" % uuid.uuid4().hex[:16]
        fields.append(("email", email))
    files = []
    for i in range(rnd.randint(1, 3)):
        if rnd.random() < 0.7:
            files.append(("photo%d.png" % (i + 1), "image/png", png(rnd, rnd.choice([16, 64, 128]))))
        else:
            files.append(("record%d.pdf" % (i + 1), "application/pdf", pdf(rnd)))
    return fields, files, email


def multipart(fields, files):
    boundary = "----qingfeng-faults-" + uuid.uuid4().hex
    parts = []
    for name, value in fields:
        parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n"
                      "Content-Type: text/plain; charset=UTF-8\r\n\r\n%s\r\n" % (boundary, name, value)).encode())
    for file_name, media_type, data in files:
        parts.append(("--%s\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"%s\"\r\n"
                      "Content-Type: %s\r\n\r\n" % (boundary, file_name, media_type)).encode() + data + b"\r\n")
    parts.append(("--%s--\r\n" % boundary).encode())
    return b"".join(parts), "multipart/form-data; boundary=" + boundary


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.counts = {}

    def add(self, key, n=1):
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + n


def post(base, token, body, content_type, key):
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    try:
        conn.request("POST", "/api/v1/reports", body=body, headers={
            "Authorization": "Bearer " + token, "Content-Type": content_type, "Idempotency-Key": key,
            "Accept": "application/json"})
        response = conn.getresponse()
        return response.status, response.getheader("Idempotent-Replayed"), response.read()
    finally:
        conn.close()


def client(number, args, out, out_lock, stats, stop_at):
    rnd = random.Random(args.seed * 1000 + number)
    seq = 0
    while time.time() < stop_at and not (args.stop_file and os.path.exists(args.stop_file)):
        seq += 1
        fields, files, email = report(rnd, number * 100000 + seq, args.email_share)
        body, content_type = multipart(fields, files)
        key = str(uuid.UUID(int=rnd.getrandbits(128)))
        base = args.base[(number + seq) % len(args.base)]
        give_up = time.time() + args.retry_for
        attempt = 0
        while True:
            attempt += 1
            try:
                status, replayed, payload = post(base, args.token, body, content_type, key)
            except (OSError, http.client.HTTPException) as e:
                status, replayed, payload = None, None, type(e).__name__.encode()
            if status == 201:
                created = json.loads(payload)
                receipt = created["receipt"]
                # the query password too: the scripts track a few reports with it (bench data, no real person)
                line = json.dumps({"receipt": receipt, "password": created["password"], "key": key, "evidence": len(files), "email": email,
                                   "base": base, "attempts": attempt, "replayed": replayed == "true",
                                   "client": number, "at": time.time()})
                with out_lock:
                    out.write(line + "\n")
                    out.flush()
                stats.add("acknowledged")
                if replayed == "true":
                    stats.add("acknowledged_on_replay")
                if attempt > 1:
                    stats.add("acknowledged_after_retry")
                break
            stats.add("error_%s" % (status or payload.decode()))
            if status is not None and status < 500:
                # a refusal (400, 401, 422) is not a fault of the app's availability: never retried
                stats.add("refused")
                sys.stderr.write("client %d: HTTP %s %s\n" % (number, status, payload[:300]))
                break
            if time.time() > give_up:
                stats.add("gave_up")
                break
            base = args.base[(number + seq + attempt) % len(args.base)]
            time.sleep(min(2.0, 0.2 * attempt) + rnd.random() * 0.3)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", action="append", required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--clients", type=int, default=16)
    p.add_argument("--duration", type=float, default=40, help="seconds during which new reports are started")
    p.add_argument("--retry-for", type=float, default=120, help="seconds a client keeps retrying one report")
    p.add_argument("--email-share", type=float, default=0.0, help="share of reporters giving an e-mail address")
    p.add_argument("--stop-file", help="no new reports once this file exists")
    p.add_argument("--seed", type=int, default=int(time.time()))
    args = p.parse_args()
    stats = Stats()
    out_lock = threading.Lock()
    stop_at = time.time() + args.duration
    started = time.time()
    with open(args.out, "a", encoding="utf-8") as out:
        threads = [threading.Thread(target=client, args=(n, args, out, out_lock, stats, stop_at), daemon=True)
                   for n in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    summary = dict(sorted(stats.counts.items()))
    summary["seconds"] = round(time.time() - started, 1)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
