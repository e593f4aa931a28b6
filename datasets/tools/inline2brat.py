#!/usr/bin/env python3
"""Convert an inline-annotated article draft into brat standoff (NAME.txt + NAME.ann).

An authoring aid for the saywho corpus: annotators write the article once, marking spans
inline, and this script computes the character offsets brat needs. It writes no text of its
own; every word of the output comes from the draft.

Markup (see datasets/GUIDELINES.md): [[HEAD|span text]], spans may nest.
  [[S1 Adaeze Okafor|Okafor]]      Source of statement 1, canonical name after the ids
  [[S1,3 Adaeze Okafor|she]]       one mention serving statements 1 and 3 (a floating quote)
  [[C1|said]]  [[C1,3|said]]       Cue (an Attribution entity is written over the same span)
  [[Q1 demand direct|...]]         Content with Stance and Kind; a second [[Q1|...]] adds a
                                   fragment (a quote that runs over several paragraphs)
  [[A1 Henrik Lindqvist|Lindqvist]] Addressee, canonical name after the id
A statement with a Content and no Source is written as unattributed.

Usage: inline2brat.py DRAFT OUTDIR   (writes OUTDIR/NAME.txt and OUTDIR/NAME.ann)
"""
import os
import re
import sys

STANCES = {"demand", "agreement", "concern", "other"}
KINDS = {"direct", "partial", "indirect"}
HEAD = re.compile(r"^([SCQA])([0-9]+(?:,[0-9]+)*)(?: (.*))?$")


def fail(path, line, msg):
    sys.exit(f"{path}:{line}: {msg}")


def parse(path, src):
    out = []  # characters of the plain text
    spans = []  # (type, ids, rest, start, end, line)
    stack = []
    i = 0
    line = 1
    while i < len(src):
        if src.startswith("[[", i):
            bar = src.find("|", i)
            nl = src.find("\n", i)
            if bar < 0 or (0 <= nl < bar):
                fail(path, line, "'[[' without '|' on the same line")
            head = src[i + 2:bar]
            m = HEAD.match(head)
            if not m:
                fail(path, line, f"bad span head '{head}'")
            stack.append((m.group(1), [int(x) for x in m.group(2).split(",")],
                          (m.group(3) or "").strip(), len(out), line))
            i = bar + 1
            continue
        if src.startswith("]]", i):
            if not stack:
                fail(path, line, "']]' with no open span")
            t, ids, rest, start, ln = stack.pop()
            spans.append((t, ids, rest, start, len(out), ln))
            i += 2
            continue
        if src[i] == "\n":
            line += 1
        out.append(src[i])
        i += 1
    if stack:
        fail(path, stack[-1][4], "span never closed")
    return "".join(out), spans


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: inline2brat.py DRAFT OUTDIR")
    path, outdir = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8", newline="") as f:
        src = f.read()
    text, spans = parse(path, src)
    if not text.endswith("\n"):
        text += "\n"
    name = os.path.splitext(os.path.basename(path))[0]

    lines = []
    tid = 0
    ents = {}  # (type, start, end) -> T id, so shared mentions stay one entity
    ev = {}  # statement id -> dict(role -> T id)
    content = {}  # statement id -> [fragments, stance, kind, line]
    notes = []

    def entity(etype, start, end):
        nonlocal tid
        key = (etype, start, end)
        if key not in ents:
            tid += 1
            ents[key] = tid
            lines.append(f"T{tid}\t{etype} {start} {end}\t{text[start:end]}")
        return ents[key]

    for t, ids, rest, start, end, ln in sorted(spans, key=lambda s: (s[3], -s[4])):
        if start == end:
            fail(path, ln, "empty span")
        if text[start:end] != text[start:end].strip():
            fail(path, ln, f"span '{text[start:end]}' starts or ends with white space")
        if t == "Q":
            if len(ids) != 1:
                fail(path, ln, "a Content belongs to one statement")
            c = content.setdefault(ids[0], [[], None, None, ln])
            c[0].append((start, end))
            if rest:
                words = rest.split()
                if len(words) != 2 or words[0] not in STANCES or words[1] not in KINDS:
                    fail(path, ln, f"Content head wants 'STANCE KIND', got '{rest}'")
                if c[1]:
                    fail(path, ln, f"statement {ids[0]} labelled twice")
                c[1], c[2] = words
        elif t in "SA":
            if not rest:
                fail(path, ln, "Source and Addressee need a canonical name after the ids")
            role = "Source" if t == "S" else "Addressee"
            n = entity(role, start, end)
            if (role, n) not in [(r, x) for r, x, _ in notes]:
                notes.append((role, n, rest))
            for k in ids:
                if role in ev.setdefault(k, {}):
                    fail(path, ln, f"statement {k} has two {role} spans")
                ev[k][role] = n
        else:
            n = entity("Cue", start, end)
            a = entity("Attribution", start, end)
            for k in ids:
                if "Cue" in ev.setdefault(k, {}):
                    fail(path, ln, f"statement {k} has two Cue spans")
                ev[k]["Cue"] = n
                ev[k]["Attribution"] = a

    attrs = []
    events = []
    for k in sorted(content):
        frags, stance, kind, ln = content[k]
        if not stance:
            fail(path, ln, f"statement {k} has no 'STANCE KIND' on its first Content span")
        frags.sort()
        tid += 1
        loc = ";".join(f"{s} {e}" for s, e in frags)
        lines.append(f"T{tid}\tContent {loc}\t{' '.join(text[s:e] for s, e in frags)}")
        roles = ev.get(k, {})
        attrs.append(("Stance", tid, stance))
        attrs.append(("Kind", tid, kind))
        if "Source" not in roles:
            if roles:
                fail(path, ln, f"statement {k} has a Cue or Addressee but no Source")
            attrs.append(("Unattributed", tid, None))
            continue
        if "Cue" not in roles:
            fail(path, ln, f"statement {k} has a Source but no Cue")
        e = f"Attribution:T{roles['Attribution']} Source:T{roles['Source']} Cue:T{roles['Cue']} Content:T{tid}"
        if "Addressee" in roles:
            e += f" Addressee:T{roles['Addressee']}"
        events.append(e)
    for k in ev:
        if k not in content:
            fail(path, 1, f"statement {k} has spans but no Content")

    for i, e in enumerate(events, 1):
        lines.append(f"E{i}\t{e}")
    for i, (a, t, v) in enumerate(attrs, 1):
        lines.append(f"A{i}\t{a} T{t}" + (f" {v}" if v else ""))
    for i, (_, t, note) in enumerate(notes, 1):
        lines.append(f"#{i}\tAnnotatorNotes T{t}\t{note}")

    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, name + ".txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    with open(os.path.join(outdir, name + ".ann"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    words = len(text.split())
    print(f"{name}: {words} words, {len(content)} statements ({len(events)} attributed)")


if __name__ == "__main__":
    main()
