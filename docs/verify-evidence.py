#!/usr/bin/env python3
"""Independent verifier of a Recours evidence bundle, written from docs/evidence-format.md alone
(Python 3 standard library and the openssl command).

Checks that the bundle's ZIP is sound (read through its central directory, one entry per name, local headers that
agree with it, nothing hidden, no ZIP bomb), that its manifest was signed, that every file matches the manifest,
that the audit trail's hash chain is intact and that every attached document is there.
Without --certificate the signature is checked with the certificate inside the bundle, which proves nothing about
who signed: anyone can make a certificate with the association's name. The verifier then says so and exits 3 unless
--accept-untrusted-signer is given.
Exit status: 0 intact, 1 altered, forged or malformed, 2 the command could not run (usage, unreadable file),
3 intact but its signer was not checked.
"""
import argparse
import base64
import hashlib
import json
import os
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

GENESIS = "0" * 64
MANIFEST, SIGNATURE, CERTIFICATE, TRAIL = ("manifest.sha256", "manifest.sha256.p7s", "signer-certificate.pem",
                                           "audit-trail.json")
TIMESTAMP = "manifest.sha256.p7s.tsr"  # RFC 3161 time-stamp response over manifest.sha256.p7s, when a TSA was used
# The limits of docs/evidence-format.md, section 3 (the same in `recours.jar verify`)
MAX_ENTRY_SIZE = 512 * 1024 * 1024
MAX_TOTAL_SIZE = 4 * 1024 * 1024 * 1024
MAX_RATIO = 100
RATIO_CHECKED_ABOVE = 16 * 1024 * 1024
MAX_ENTRIES = 100000


def netstring(text):
    data = text.encode("utf-8")
    return str(len(data)).encode("ascii") + b":" + data + b","


def entry_hash(e):
    fields = ["recours-audit-entry-v1", e["caseId"], str(e["position"]), e["eventId"], e["recordedAt"],
              e["actor"], e["kind"], e["summaryFr"], e["summaryEn"], e["data"], e["previousHash"]]
    return hashlib.sha256(b"".join(netstring(f) for f in fields)).hexdigest()


def central_directory_offset(f, size):
    """The central directory's offset, from the end record; refuses ZIP64, prefixes, and bytes after the end."""
    tail_length = min(size, 22 + 65535)
    f.seek(size - tail_length)
    tail = f.read(tail_length)
    for at in range(tail_length - 22, -1, -1):
        if tail[at:at + 4] == b"PK\x05\x06" and at + 22 + struct.unpack("<H", tail[at + 20:at + 22])[0] == tail_length:
            if at >= 20 and tail[at - 20:at - 16] == b"PK\x06\x07":
                return None, "ZIP64 archives are not produced by Recours and are refused"
            entries, cd_size, cd_offset = struct.unpack("<HII", tail[at + 10:at + 20])
            if cd_offset + cd_size != size - tail_length + at:
                return None, "the central directory does not end where the archive's end record says it does"
            if entries > MAX_ENTRIES:
                return None, "more than %d entries" % MAX_ENTRIES
            return cd_offset, None
    return None, "not a ZIP archive (no end of central directory record, or bytes after it)"


def structure_refusals(path, bundle):
    """Why readers could disagree on the bundle's content (section 3, "How a bundle is read"); empty when sound."""
    refusals = []
    with open(path, "rb") as f:
        size = os.path.getsize(path)
        cd_offset, problem = central_directory_offset(f, size)
        if problem:
            return [problem]
        seen, total = set(), 0
        for info in bundle.infolist():
            name = info.orig_filename
            if name.startswith("/") or "\\" in name or ".." in name.split("/"):
                refusals.append("%s: a path outside the bundle" % name)
            if name.rstrip("/") in seen:
                refusals.append("%s appears more than once (readers would disagree on which one is meant)" % name)
            seen.add(name.rstrip("/"))
            if name.endswith("/"):
                if info.file_size:
                    refusals.append("%s: a folder entry with content" % name)
                continue
            if info.file_size > MAX_ENTRY_SIZE:
                refusals.append("%s is too large to be part of a bundle (%d bytes; at most %d)"
                                % (name, info.file_size, MAX_ENTRY_SIZE))
            elif info.file_size > RATIO_CHECKED_ABOVE and info.file_size > MAX_RATIO * max(1, info.compress_size):
                refusals.append("%s is compressed %d times (at most %d): a ZIP bomb"
                                % (name, info.file_size // max(1, info.compress_size), MAX_RATIO))
            total += info.file_size
        if total > MAX_TOTAL_SIZE:
            refusals.append("the files add up to %d bytes (at most %d)" % (total, MAX_TOTAL_SIZE))
        expected = 0
        for info in sorted(bundle.infolist(), key=lambda i: i.header_offset):
            name = info.orig_filename
            if info.header_offset != expected:
                refusals.append("%d bytes before %s belong to no listed entry (hidden content)"
                                % (info.header_offset - expected, name) if info.header_offset > expected
                                else "%s overlaps the entry before it" % name)
                return refusals
            f.seek(info.header_offset)
            header = f.read(30)
            if len(header) < 30 or header[:4] != b"PK\x03\x04":
                return refusals + ["%s: no local header where the central directory says it is" % name]
            flags, method, _, _, crc, compressed, file_size, name_length, extra_length = \
                struct.unpack("<HHHHIIIHH", header[6:30])
            local_name = f.read(name_length).decode("utf-8" if flags & 0x800 else "cp437")
            if local_name != name or method != info.compress_type or bool(flags & 0x08) != bool(info.flag_bits & 0x08) \
                    or flags & 0x01:
                return refusals + ["%s: its local header names another file, method or flags than the central "
                                   "directory (or the entry is encrypted)" % name]
            end = info.header_offset + 30 + name_length + extra_length + info.compress_size
            if not flags & 0x08:
                if (crc, compressed, file_size) != (info.CRC, info.compress_size, info.file_size):
                    return refusals + ["%s: its local header gives other sizes or checksum than the central "
                                       "directory" % name]
            else:
                f.seek(end)
                descriptor = f.read(16)
                signed = descriptor[:4] == b"PK\x07\x08"
                fields = struct.unpack("<III", descriptor[4:16] if signed else descriptor[:12])
                if fields != (info.CRC, info.compress_size, info.file_size):
                    return refusals + ["%s: its data descriptor gives other sizes or checksum than the central "
                                       "directory" % name]
                end += 16 if signed else 12
            expected = end
        if expected != cd_offset:
            refusals.append("%d bytes after the last entry belong to no listed entry (hidden content)"
                            % (cd_offset - expected))
    return refusals


def sha256_of(bundle, name):
    digest = hashlib.sha256()
    with bundle.open(name) as member:  # stops at the size the central directory gives, checks the CRC
        for chunk in iter(lambda: member.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_signature(bundle, names, certificate, problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name in (MANIFEST, SIGNATURE, CERTIFICATE):
            with open(os.path.join(tmp, name), "wb") as out:
                out.write(bundle.read(name) if name in names else b"")
        signature = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER",
                                    "-in", os.path.join(tmp, SIGNATURE), "-content", os.path.join(tmp, MANIFEST),
                                    "-CAfile", certificate or os.path.join(tmp, CERTIFICATE), "-purpose", "any",
                                    "-out", os.devnull], capture_output=True, text=True)
    if signature.returncode != 0:
        problems.append("signature: " + (signature.stderr.strip().splitlines() or ["invalid"])[0])
        return "FAIL signature: INVALID"
    return "OK   signature: valid, " + ("signed by the given certificate" if certificate
                                         else "signed by the certificate inside the bundle (SHA-256 %s)"
                                         % fingerprint(bundle.read(CERTIFICATE) if CERTIFICATE in names else b""))


def fingerprint(pem):
    """The SHA-256 of a PEM certificate's DER bytes, as the association publishes it."""
    body = b"".join(line for line in pem.splitlines() if line and not line.startswith(b"-----"))
    return hashlib.sha256(base64.b64decode(body)).hexdigest()


def check_timestamp(bundle, names, tsa_ca, problems):
    """The RFC 3161 timestamp of the signature, with openssl ts -verify: against the TSA's root when given, else
    against the TSA certificate inside the token (which proves the token intact, not who the TSA is)."""
    if TIMESTAMP not in names:
        return ("NOTE timestamp: not timestamped (no time-stamping authority was configured when the bundle was made, "
                "or it did not answer): its dates are the server's own")
    with tempfile.TemporaryDirectory() as tmp:
        response, signature, token, tsa = (os.path.join(tmp, n) for n in ("r.tsr", "s.p7s", "t.p7", "tsa.pem"))
        for target, name in ((response, TIMESTAMP), (signature, SIGNATURE)):
            with open(target, "wb") as out:
                out.write(bundle.read(name) if name in names else b"")
        run = lambda *command: subprocess.run(["openssl", "ts"] + list(command), capture_output=True, text=True)
        if not tsa_ca:
            extracted = run("-reply", "-in", response, "-token_out", "-out", token).returncode == 0 and \
                subprocess.run(["openssl", "pkcs7", "-inform", "DER", "-in", token, "-print_certs", "-out", tsa],
                               capture_output=True).returncode == 0
            if not extracted:
                problems.append("timestamp: %s cannot be read" % TIMESTAMP)
                return "FAIL timestamp: unreadable"
        checked = run("-verify", "-in", response, "-data", signature, "-CAfile", tsa_ca or tsa,
                      *([] if tsa_ca else ["-partial_chain"]))
        if checked.returncode != 0:
            problems.append("timestamp: " + ((checked.stderr + checked.stdout).strip().splitlines() or ["invalid"])[-1])
            return "FAIL timestamp: INVALID"
        text = run("-reply", "-in", response, "-text").stdout
        when = next((line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("Time stamp:")),
                    "?")
        tsa_name = next((line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("TSA:")), "?")
    return "OK   timestamp: the signature existed at %s (RFC 3161, TSA %s%s)" % (
        when, tsa_name, ", trusted by the given root" if tsa_ca else "; pass --tsa-ca <its root> to check the TSA")


def verify(path, certificate, tsa_ca=None):
    """The lines to print and the problems found."""
    lines, problems = [], []
    with zipfile.ZipFile(path) as bundle:
        refusals = structure_refusals(path, bundle)
        if refusals:
            return ["FAIL archive: refused, nothing in it was checked: " + "; ".join(refusals)], refusals
        files = {}
        for info in bundle.infolist():
            if not info.orig_filename.endswith("/"):
                files[info.orig_filename] = sha256_of(bundle, info.orig_filename)
        lines.append(check_signature(bundle, files, certificate, problems))
        lines.append(check_timestamp(bundle, files, tsa_ca, problems))
        manifest = bundle.read(MANIFEST).decode("utf-8") if MANIFEST in files else ""
        trail = json.loads(bundle.read(TRAIL).decode("utf-8")) if TRAIL in files else None
    listed = set()
    for line in manifest.splitlines():
        digest, name = line[:64], line[66:]
        listed.add(name)
        if name not in files:
            problems.append("files: %s is missing" % name)
        elif files[name] != digest:
            problems.append("files: %s was changed (its SHA-256 differs from the manifest's)" % name)
    for name in files:
        if name not in listed | {MANIFEST, SIGNATURE, CERTIFICATE, TIMESTAMP}:
            problems.append("files: %s is not in the signed manifest (it was added)" % name)
    if TRAIL not in listed:
        problems.append("files: %s is not in the signed manifest" % TRAIL)
    if trail is None:
        return lines, problems + ["chain: %s is missing" % TRAIL]
    previous = GENESIS
    # entries whose confidential details were withheld (L612-3): still linked, their own hash taken as given
    withheld = set(trail.get("entriesWithConfidentialDetailsWithheld", []))
    for i, e in enumerate(trail["entries"]):
        if e["position"] != i or e["caseId"] != trail["caseId"] or e["previousHash"] != previous \
                or (i not in withheld and entry_hash(e) != e["hash"]):
            problems.append("chain: broken at entry %d" % i)
            break
        previous = e["hash"]
    else:
        if previous != trail["finalHash"]:
            problems.append("chain: finalHash is not the last entry's hash")
        else:
            lines.append("OK   chain: %d entries intact, final hash %s" % (len(trail["entries"]), previous))
            if withheld:
                lines.append("NOTE chain: entries %s withhold confidential details (L612-3); their own hashes "
                             "are checked only on an export made with the parties' agreement"
                             % ", ".join(str(p) for p in sorted(withheld)))
    for d in trail["documents"]:
        if files.get(d["bundlePath"]) != d["sha256"]:
            problems.append("documents: %s missing or changed" % d["fileName"])
    return lines, problems


def main(argv):
    parser = argparse.ArgumentParser(prog="verify-evidence.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bundle", help="the evidence bundle, e.g. RC-7K2M-9QXD-preuves.zip")
    parser.add_argument("--certificate", metavar="PEM",
                        help="the association's published signing certificate (PEM): the signer is checked against it")
    parser.add_argument("--tsa-ca", metavar="PEM",
                        help="the time-stamping authority's root certificate: the timestamp's TSA is checked against it")
    parser.add_argument("--accept-untrusted-signer", action="store_true",
                        help="without --certificate, accept any signer (the report still warns)")
    args = parser.parse_args(argv[1:])
    try:
        lines, problems = verify(args.bundle, args.certificate, args.tsa_ca)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, UnicodeError,
            ValueError, KeyError, TypeError) as e:
        lines, problems = ["FAIL archive: cannot be read: %s" % e], [str(e)]
    except OSError as e:
        print("FAIL cannot read %s: %s" % (args.bundle, e))
        return 2
    for line in lines:
        print(line)
    if not lines[0].startswith("FAIL archive"):
        for problem in problems:
            print("FAIL " + problem)
    if problems:
        print("INVALID: the bundle was altered, forged or is incomplete")
        return 1
    if args.certificate:
        print("VALID: the bundle is intact")
        return 0
    print("WARN signer NOT CHECKED: anyone can sign a bundle with a certificate of the same name; pass --certificate "
          "<the association's published certificate>, or compare the bundle certificate's fingerprint with the one "
          "it publishes")
    if args.accept_untrusted_signer:
        print("VALID: the bundle is intact (its signer was NOT checked)")
        return 0
    print("NOT VERIFIED: the files and the chain are intact, but who signed them was not checked (pass --certificate, "
          "or --accept-untrusted-signer to accept any signer)")
    return 3


if __name__ == "__main__":
    sys.exit(main(sys.argv))
