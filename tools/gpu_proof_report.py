"""The GPU proof's report (tools/gpu_proof.py): summary.json as a dict, built
from a finished Proof, and summary.txt, the same in words: the phases' table,
what failed, what was kept outside a `[cuda]` variant, skip reasons, and what
was rewritten and how to take it. Standard library only.
"""

from __future__ import annotations

import time

from gpu_proof_run import FILES, TIMEOUTS, git_commit


def summary_of(proof, changed: list[str], seconds: float) -> dict:
    """What summary.json holds: the run of `proof`, a Proof, in one dict."""
    phases = proof.phases
    probe = proof.probe
    totals = {
        key: sum(phases.get(name, {}).get(key, 0) for name in ("cuda", "suite", "ddp"))
        for key in ("passed", "failed", "skipped")
    }
    names = sorted({device["name"] for device in probe.get("devices", [])})
    return {
        "ok": all(phase["ok"] for phase in phases.values())
        and set(phases) == set(TIMEOUTS)
        and not proof.kept_outside
        and proof.error is None,
        "error": proof.error,
        "mode": "GPU" if proof.cuda else "dry run: no CUDA, CUDA snippets skipped",
        "quick": proof.args.quick,
        "commit": git_commit(),
        "date_utc": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()),
        "gpu": ", ".join(names) or None,
        "device_count": proof.device_count,
        "devices": probe.get("devices", []),
        "torch": probe.get("torch"),
        "torchvision": probe.get("torchvision"),
        "cuda_build": probe.get("cuda_build"),
        "python": probe.get("python"),
        "pytest": probe.get("pytest"),
        "pytest_xdist": probe.get("pytest-xdist"),
        "workers": proof.workers,
        "seconds": round(seconds, 1),
        "totals": totals,
        "phases": phases,
        "rewritten": changed,
        "kept_outside_cuda_variants": proof.kept_outside,
        "files": dict(FILES),
    }


def summary_text(summary: dict) -> str:
    phases = summary["phases"]
    lines = [
        f"GPU proof: {'PASSED' if summary['ok'] else 'FAILED'}"
        + (" (--quick)" if summary["quick"] else ""),
        f"mode: {summary['mode']}",
        f"GPU: {summary['gpu'] or 'none'} ({summary['device_count']} device(s))",
        (
            f"torch {summary['torch']} (CUDA {summary['cuda_build']}), "
            f"torchvision {summary['torchvision']}, Python {summary['python']}, "
            f"pytest {summary['pytest']}, pytest-xdist "
            f"{summary['pytest_xdist'] or 'absent'} (-n {summary['workers']})"
        ),
        f"commit {summary['commit'] or 'unknown'}, {summary['date_utc']} UTC",
        "",
        f"{'phase':<7} {'seconds':>8} {'passed':>7} {'failed':>7} {'skipped':>8}",
    ]
    for name in TIMEOUTS:
        phase = phases.get(name, {"seconds": 0.0, "ok": False})
        cells = [str(phase.get(key, "")) for key in ("passed", "failed", "skipped")]
        lines.append(
            f"{name:<7} {phase['seconds']:>8.1f} {cells[0]:>7} {cells[1]:>7} "
            f"{cells[2]:>8}" + ("" if phase["ok"] else "   <- FAILED")
        )
    totals = summary["totals"]
    lines.append(
        f"{'total':<7} {summary['seconds']:>8.1f} {totals['passed']:>7} "
        f"{totals['failed']:>7} {totals['skipped']:>8}"
    )
    lines += ["", f"DDP: {phases.get('ddp', {}).get('mode', 'not run')}"]
    if summary["error"]:
        lines += ["", "the proof itself broke off:", summary["error"]]
    for name in ("cuda", "suite", "ddp"):
        for failure in phases.get(name, {}).get("failures", []):
            lines.append(f"failed in {name}: {failure}")
    for failure in phases.get("alone", {}).get("failures", []):
        lines.append(f"failed alone: {failure} (see cuda.log)")
    for error in phases.get("cuda", {}).get("merge_errors", []):
        lines.append(f"not rewritten: {error}")
    kept = summary["kept_outside_cuda_variants"]
    if kept:
        lines += [
            "",
            (
                "printed differently on this machine outside a [cuda] variant, "
                "kept as it was (add a `#> [cuda]` variant, or make the output "
                "the same on every device):"
            ),
        ]
        for entry in kept:
            lines.append(
                f"  {entry['file']}:{entry['line']}: "
                f"{' | '.join(entry['printed'])[:200]}"
            )
    reasons = {}
    for name in ("cuda", "suite", "ddp"):
        for reason, count in phases.get(name, {}).get("skip_reasons", {}).items():
            reasons[reason] = reasons.get(reason, 0) + count
    if reasons:
        lines += ["", "skipped, by reason:"]
        lines += [f"  {count:>4}  {reason}" for reason, count in reasons.items()]
    lines.append("")
    if summary["mode"] == "GPU" and summary["rewritten"]:
        device = summary["gpu"]
        record = (
            f'gpu = {{ device = "{device}", torch = "{summary["torch"]}", '
            f'date = "{summary["date_utc"][:10]}" }}'
        )
        lines += [
            "where the CUDA outputs now come from (pyproject.toml, [tool.torchsheet]):",
            f"  {record}",
            "",
        ]
    if summary["rewritten"]:
        lines.append(
            f"rewritten ({len(summary['rewritten'])} files, in "
            f"{summary['files']['tarball']}; see {summary['files']['diff']}):"
        )
        lines += [f"  {rel}" for rel in summary["rewritten"]]
        lines.append(
            "to take them: from the repository root, tar -xzf "
            f"OUTDIR/{summary['files']['tarball']}, then git diff and commit"
        )
    else:
        lines.append("rewritten: none (no CUDA output changed)")
    return "\n".join(lines) + "\n"
