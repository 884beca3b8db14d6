"""Make a dataset N times larger (default ten): every role copied N-1 times with new ids.

The copies are `<id>-x2` ... `<id>-xN`, titled "<title> (copy k)" so the name-clash check
passes; skills, tools, categories and areas are shared with the original, as in a real
dataset that grows by roles rather than by vocabulary. Input is a file written by
bench/onet_to_yaml.py (roles under `roles:`, two spaces per level, one role key per line).
The output is generated, never committed.

Usage: python bench/tenfold.py INPUT OUTPUT [--times N]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def multiply(text: str, times: int) -> str:
    lines = text.splitlines()
    start = lines.index("roles:") + 1
    head, roles = lines[:start], lines[start:]
    blocks: list[list[str]] = []
    for line in roles:
        if line.startswith("  ") and not line.startswith("   "):
            blocks.append([line])
        elif blocks:
            blocks[-1].append(line)
    out = list(head)
    for block in blocks:
        out.extend(block)
    for copy in range(2, times + 1):
        for block in blocks:
            key = block[0].rstrip(":").strip()
            ident = json.loads(key) if key.startswith('"') else key
            out.append(f"  {json.dumps(f'{ident}-x{copy}')}:")
            for line in block[1:]:
                if line.startswith("    title: "):
                    title = json.loads(line[len("    title: ") :])
                    line = f"    title: {json.dumps(f'{title} (copy {copy})', ensure_ascii=False)}"
                elif line.startswith("    aliases:"):
                    continue  # O*NET roles have none; an alias copied would clash
                out.append(line)
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--times", type=int, default=10)
    args = parser.parse_args()
    text = multiply(args.input.read_text(encoding="utf-8"), args.times)
    args.output.write_text(text, encoding="utf-8")
    print(f"{args.output}: {args.output.stat().st_size / 1e6:.1f} MB, {args.times} times")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
