#!/usr/bin/env python3
"""Mints the bearer token of the load client: an RS256 JWT with the role intake-client, signed with openssl.

The app is started with QUARKUS_OIDC_API_PUBLIC_KEY (the key's public half), so the API tenant checks the
signature locally and no identity provider is needed for the scripts.
usage: token.py PRIVATE_KEY.pem [SUBJECT]
"""
import base64
import json
import subprocess
import sys
import time


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def main():
    key = sys.argv[1]
    subject = sys.argv[2] if len(sys.argv) > 2 else "bench-faults"
    now = int(time.time())
    header = {"alg": "RS256", "typ": "JWT"}
    claims = {"sub": subject, "upn": subject, "preferred_username": subject, "iat": now, "exp": now + 6 * 3600,
              "groups": ["intake-client"], "realm_access": {"roles": ["intake-client"]}}
    signing_input = b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(claims).encode())
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=signing_input.encode(),
                               capture_output=True, check=True).stdout
    print(signing_input + "." + b64url(signature))


if __name__ == "__main__":
    main()
