#!/usr/bin/env python3
"""Convene's own check of .docx signatures by a real LibreOffice, independent of the code that signs.

Usage: python3 libreoffice-signatures.py FILE.docx [FILE.docx ...]

Starts a private, headless LibreOffice (its own profile, reached through a named pipe, so several checks can
run at once), opens each file as a zip storage, and asks LibreOffice's signature service
(com.sun.star.security.DocumentDigitalSignatures) to verify the document-content signatures. Prints one JSON
object per file on its own line:

  {"file": "...", "signatures": [{"valid": true, "subject": "CN=...", "certificateStatus": 0}]}

Exit code 0 when every file was checked (whatever the verdicts), 2 when the check itself could not run.
tests/helpers/libreoffice-signatures.ts runs it and reads the lines.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue

READ = 1  # com.sun.star.embed.ElementModes.READ


def start_office(profile, pipe):
    soffice = shutil.which("soffice")
    if soffice is None:
        raise RuntimeError("soffice is not on the PATH")
    return subprocess.Popen(
        [
            soffice,
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def connect(pipe, office, seconds=120):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + seconds
    while True:
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            if office.poll() is not None:
                raise RuntimeError("LibreOffice stopped while starting (exit %s)" % office.returncode)
            if time.monotonic() > deadline:
                raise RuntimeError("LibreOffice did not answer within %d s" % seconds)
            time.sleep(0.5)


def zip_storage(context, path):
    factory = context.ServiceManager.createInstanceWithContext("com.sun.star.embed.StorageFactory", context)
    storage_format = PropertyValue()
    storage_format.Name = "StorageFormat"
    storage_format.Value = "ZipFormat"
    arguments = (uno.systemPathToFileUrl(os.path.abspath(path)), READ,
                 uno.Any("[]com.sun.star.beans.PropertyValue", (storage_format,)))
    # The property sequence must reach UNO typed as such, hence uno.invoke rather than a plain call.
    return uno.invoke(factory, "createInstanceWithArguments", (arguments,))


def main(paths):
    profile = tempfile.mkdtemp(prefix="convene-libreoffice-")
    pipe = "convene-" + uuid.uuid4().hex
    office = start_office(profile, pipe)
    try:
        context = connect(pipe, office)
        service = context.ServiceManager.createInstanceWithArgumentsAndContext(
            "com.sun.star.security.DocumentDigitalSignatures", ("1.2", False), context)
        for path in paths:
            found = service.verifyDocumentContentSignatures(zip_storage(context, path), None)
            print(json.dumps({
                "file": path,
                "signatures": [{
                    "valid": bool(item.SignatureIsValid),
                    "subject": item.Signer.SubjectName if item.Signer else "",
                    "certificateStatus": int(item.CertificateStatus),
                } for item in found],
            }, ensure_ascii=False), flush=True)
    finally:
        office.terminate()
        try:
            office.wait(20)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print("usage: libreoffice-signatures.py FILE.docx [...]", file=sys.stderr)
        sys.exit(2)
    try:
        main(sys.argv[1:])
    except Exception as error:  # the check could not run: say why, on one line
        print("LibreOffice's signature check could not run: %s" % error, file=sys.stderr)
        sys.exit(2)
