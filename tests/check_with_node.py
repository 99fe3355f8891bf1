#!/usr/bin/env python3
"""Run the stitch language tests (tests/lang/**/*.js) under node.

Each test is a plain JavaScript file.  Annotations:
  // expect: TEXT          one stdout line (TEXT = rest of the line, trailing
                           whitespace trimmed; `// expect:` alone = empty line)
  // expect error: Name: message
                           the program ends with an uncaught error; node must
                           exit non-zero and its stderr must contain
                           `Name: message` (for SyntaxError only the name
                           `SyntaxError` has to match, node's wording may differ)
  // node: skip ...        valid JavaScript outside the stitch subset; not run

Usage: check_with_node.py [-v] [FILE_OR_DIR ...]   (default: tests/lang)
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ROOT = os.path.join(HERE, "lang")
TIMEOUT = 20  # seconds per test

EXPECT = "// expect:"
EXPECT_ERROR = re.compile(r"// expect error: (.*)$")
SKIP = "// node: skip"


def parse(path):
    expected, error, skip = [], None, False
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if SKIP in line:
                skip = True
            idx = line.find(EXPECT)
            if idx >= 0:
                text = line[idx + len(EXPECT):]
                if text.startswith(" "):
                    text = text[1:]
                expected.append(text.rstrip())
            m = EXPECT_ERROR.search(line)
            if m:
                if error is not None:
                    raise ValueError("more than one `// expect error:` annotation")
                error = m.group(1).rstrip()
    return expected, error, skip


def check(path):
    """Returns (status, messages) where status is 'pass', 'fail' or 'skip'."""
    try:
        expected, error, skip = parse(path)
    except (ValueError, UnicodeDecodeError) as e:
        return "fail", ["bad test file: %s" % e]
    if skip:
        return "skip", []
    try:
        proc = subprocess.run(["node", path], capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return "fail", ["timed out after %ds" % TIMEOUT]
    out = proc.stdout.decode("utf-8", errors="replace")
    err = proc.stderr.decode("utf-8", errors="replace")
    lines = out.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    lines = [l.rstrip() for l in lines]

    msgs = []
    if lines != expected:
        for i in range(max(len(lines), len(expected))):
            want = expected[i] if i < len(expected) else "<nothing>"
            got = lines[i] if i < len(lines) else "<nothing>"
            if want != got:
                msgs.append("stdout line %d: expected %r, got %r" % (i + 1, want, got))
                break
        msgs.append("expected %d stdout lines, got %d" % (len(expected), len(lines)))

    if error is None:
        if proc.returncode != 0:
            last = [l for l in err.strip().split("\n") if l.strip()]
            msgs.append("node exited with %d: %s" % (proc.returncode, " | ".join(last[-6:])))
    else:
        name = error.split(":", 1)[0].strip()
        needle = name + ":" if name == "SyntaxError" else error
        if proc.returncode == 0:
            msgs.append("expected error %r but node exited successfully" % error)
        elif needle not in err:
            last = [l for l in err.strip().split("\n") if l.strip()]
            msgs.append("expected error %r, node's stderr: %s" % (error, " | ".join(last[:8])))
    return ("fail" if msgs else "pass"), msgs


def collect(args):
    roots = args or [DEFAULT_ROOT]
    files = []
    for root in roots:
        if os.path.isdir(root):
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames.sort()
                for name in sorted(filenames):
                    if name.endswith(".js"):
                        files.append(os.path.join(dirpath, name))
        else:
            files.append(root)
    return files


def main():
    args = sys.argv[1:]
    verbose = False
    if "-v" in args:
        verbose = True
        args.remove("-v")
    passed = failed = skipped = 0
    for path in collect(args):
        status, msgs = check(path)
        rel = os.path.relpath(path, os.getcwd())
        if status == "pass":
            passed += 1
            if verbose:
                print("PASS", rel)
        elif status == "skip":
            skipped += 1
            if verbose:
                print("SKIP", rel)
        else:
            failed += 1
            print("FAIL", rel)
            for m in msgs:
                print("    " + m)
    print("%d passed, %d failed (%d skipped: node: skip)" % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
