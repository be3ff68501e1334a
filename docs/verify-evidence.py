#!/usr/bin/env python3
"""Independent verifier of a Recours evidence bundle, written from docs/evidence-format.md alone.

usage: verify-evidence.py evidence-bundle.zip [--certificate association-certificate.pem]
Exit status 0 when the bundle is intact, 1 when it is not.
"""
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import zipfile

GENESIS = "0" * 64


def netstring(text):
    data = text.encode("utf-8")
    return str(len(data)).encode("ascii") + b":" + data + b","


def entry_hash(e):
    fields = ["recours-audit-entry-v1", e["caseId"], str(e["position"]), e["eventId"], e["recordedAt"],
              e["actor"], e["kind"], e["summaryFr"], e["summaryEn"], e["data"], e["previousHash"]]
    return hashlib.sha256(b"".join(netstring(f) for f in fields)).hexdigest()


def main(argv):
    if len(argv) not in (2, 4) or (len(argv) == 4 and argv[2] != "--certificate"):
        print(__doc__)
        return 2
    problems = []
    with zipfile.ZipFile(argv[1]) as bundle, tempfile.TemporaryDirectory() as tmp:
        bundle.extractall(tmp)
        files = {name: bundle.read(name) for name in bundle.namelist()}
        certificate = argv[3] if len(argv) == 4 else os.path.join(tmp, "signer-certificate.pem")
        signature = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER",
                                    "-in", os.path.join(tmp, "manifest.sha256.p7s"),
                                    "-content", os.path.join(tmp, "manifest.sha256"),
                                    "-CAfile", certificate, "-purpose", "any", "-out", os.devnull],
                                   capture_output=True, text=True)
        if signature.returncode != 0:
            problems.append("signature: " + (signature.stderr.strip().splitlines() or ["invalid"])[0])
    listed = set()
    for line in files.get("manifest.sha256", b"").decode("utf-8").splitlines():
        digest, path = line[:64], line[66:]
        listed.add(path)
        if path not in files:
            problems.append("files: %s is missing" % path)
        elif hashlib.sha256(files[path]).hexdigest() != digest:
            problems.append("files: %s was changed" % path)
    for path in files:
        if path not in listed | {"manifest.sha256", "manifest.sha256.p7s", "signer-certificate.pem"}:
            problems.append("files: %s is not in the manifest" % path)
    trail = json.loads(files["audit-trail.json"].decode("utf-8"))
    previous = GENESIS
    for i, e in enumerate(trail["entries"]):
        if e["position"] != i or e["caseId"] != trail["caseId"] or e["previousHash"] != previous \
                or entry_hash(e) != e["hash"]:
            problems.append("chain: broken at entry %d" % i)
            break
        previous = e["hash"]
    else:
        if previous != trail["finalHash"]:
            problems.append("chain: finalHash is not the last entry's hash")
    for d in trail["documents"]:
        content = files.get(d["bundlePath"])
        if content is None or hashlib.sha256(content).hexdigest() != d["sha256"]:
            problems.append("documents: %s missing or changed" % d["fileName"])
    for problem in problems:
        print("FAIL " + problem)
    print("VALID: %d entries, final hash %s" % (len(trail["entries"]), previous) if not problems else "INVALID")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
