#!/usr/bin/env python3
"""A mail sink for the SMTP-down script: accepts every message on 127.0.0.1:PORT and appends one JSON line per
message (envelope recipients, Message-ID, decoded subject) to OUT. Python 3.11 standard library (smtpd).
usage: smtp_sink.py PORT OUT.jsonl
"""
import asyncore
import email
import email.policy
import json
import sys
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)
import smtpd  # noqa: E402  (deprecated, still in 3.11)


class Sink(smtpd.SMTPServer):
    def __init__(self, port, out):
        super().__init__(("127.0.0.1", port), None, decode_data=False)
        self.out = out

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        message = email.message_from_bytes(data, policy=email.policy.default)
        line = {"from": mailfrom, "to": rcpttos, "message_id": message.get("Message-ID"),
                "subject": str(message.get("Subject", "")), "bytes": len(data)}
        with open(self.out, "a", encoding="utf-8") as f:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
        return None  # 250 OK


if __name__ == "__main__":
    Sink(int(sys.argv[1]), sys.argv[2])
    print("smtp sink listening on 127.0.0.1:%s" % sys.argv[1], flush=True)
    asyncore.loop()
