"""crmtasks benchmarks: every figure is a ratio against a baseline measured in the same run.

Run through ``nox -s bench`` (which installs crmtasks, the official Keap SDK and
the generator's toolchain). Sizes are flags; the defaults finish in about two
minutes on the project's 2-core machines. Prints a table and writes JSON to
``.bench/`` (git-ignored).

Sections: import time, per-request cost, listing everything (speed and peak
memory), a slow link (page prefetch), regeneration time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
KEAP_KEY = {"X-Keap-API-Key": "sandbox-keap-key"}
HEADERS = {
    "keap": KEAP_KEY,
    "apollo": {"X-Api-Key": "sandbox-apollo-key"},
    "ysuite": {"x-ysuite-access-key": "sandbox-ysuite-access", "x-ysuite-secret-key": "sandbox-ysuite-secret"},
}


# -- measuring -------------------------------------------------------------------


def summary(samples: list[float]) -> dict[str, float]:
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples), "runs": len(samples)}


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


@contextmanager
def sandbox(*args: str) -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "crmtasks.sandbox", "--port", "0", *args], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().rsplit(" ", 1)[-1].strip()
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def control(url: str, action: str, payload: dict[str, Any]) -> None:
    httpx.post(f"{url}/_sandbox/{action}", json=payload, timeout=600).raise_for_status()


# -- 1. import -------------------------------------------------------------------

IMPORTS = {
    "httpx": "import httpx",
    "crmtasks": "import crmtasks; crmtasks.Keap, crmtasks.Apollo, crmtasks.YSuite",
    "keap_core_v2_client": "import keap_core_v2_client",
}


def bench_import(processes: int) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for name, code in IMPORTS.items():
        samples = []
        for _ in range(processes):
            # -X importtime would be finer; a fresh interpreter per sample is what users pay.
            out = subprocess.run(
                [sys.executable, "-c", f"import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            samples.append(float(out.stdout))
        results[name] = summary(samples)
    results["ratios"] = {
        "crmtasks / httpx": results["crmtasks"]["median"] / results["httpx"]["median"],
        "official SDK / crmtasks": results["keap_core_v2_client"]["median"] / results["crmtasks"]["median"],
    }
    return results


# -- 2. per request ----------------------------------------------------------------


def bench_requests(url: str, count: int, repeat: int) -> dict[str, Any]:
    import keap_core_v2_client  # noqa: PLC0415

    import crmtasks  # noqa: PLC0415 - measured separately above

    control(url, "reset", {"seed": 0})
    http = httpx.Client()
    keap = crmtasks.Keap(api_key="sandbox-keap-key", base_url=f"{url}/keap", http_client=http)
    task_id = keap.tasks.create(title="Benchmark", assigned_to_user_id="1", contact_id="7").id
    task_url = f"{url}/keap/v2/tasks/{task_id}"
    configuration = keap_core_v2_client.Configuration(host=f"{url}/keap")
    sdk = keap_core_v2_client.TaskApi(keap_core_v2_client.ApiClient(configuration))

    def raw() -> None:
        for _ in range(count):
            http.get(task_url, headers=KEAP_KEY).json()

    def ours() -> None:
        for _ in range(count):
            keap.tasks.get(task_id)

    def official() -> None:
        for _ in range(count):
            sdk.get_task(task_id, _headers=KEAP_KEY)

    clients = {"raw httpx": raw, "crmtasks": ours, "official SDK": official}
    for fn in clients.values():
        fn()  # warm up connections and caches
    samples: dict[str, list[float]] = {name: [] for name in clients}
    for _ in range(repeat):  # interleaved, so drift hits every client alike
        for name, fn in clients.items():
            samples[name].extend(t / count for t in timed(fn, 1))
    results: dict[str, Any] = {name: summary(s) for name, s in samples.items()}
    base = results["raw httpx"]["median"]
    results["ratios"] = {f"{name} / raw httpx": results[name]["median"] / base for name in ("crmtasks", "official SDK")}
    return results


# -- 3. list everything ------------------------------------------------------------


def list_raw(url: str, page_size: int) -> int:
    count, token = 0, None
    with httpx.Client() as http:
        while True:
            params: dict[str, Any] = {"page_size": page_size}
            if token:
                params["page_token"] = token
            body = http.get(f"{url}/keap/v2/tasks", params=params, headers=KEAP_KEY).json()
            for _task in body["tasks"]:
                count += 1
            token = body.get("next_page_token")
            if not token or not body["tasks"]:
                return count


def list_ours(url: str, page_size: int) -> int:
    import crmtasks  # noqa: PLC0415

    keap = crmtasks.Keap(api_key="sandbox-keap-key", base_url=f"{url}/keap")
    return sum(1 for _task in keap.tasks.list(page_size=page_size))


def bench_list(url: str, tasks: int, small: int, repeat: int) -> dict[str, Any]:
    control(url, "reset", {"seed": tasks, "apis": ["keap"]})
    page_size = 1000
    results: dict[str, Any] = {}
    samples: dict[str, list[float]] = {"raw httpx loop": [], "crmtasks": []}
    for _ in range(repeat):
        samples["raw httpx loop"] += timed(lambda: list_raw(url, page_size), 1)
        samples["crmtasks"] += timed(lambda: list_ours(url, page_size), 1)
    assert list_ours(url, page_size) == tasks == list_raw(url, page_size)
    for name, s in samples.items():
        results[name] = {**summary(s), "items_per_second": tasks / statistics.median(s)}
    results["ratios"] = {
        "crmtasks / raw items per second": results["crmtasks"]["items_per_second"]
        / results["raw httpx loop"]["items_per_second"]
    }
    peaks = {}
    for size in (small, tasks):
        control(url, "reset", {"seed": size, "apis": ["keap"]})
        out = subprocess.run(
            [sys.executable, __file__, "--child-peak", url], capture_output=True, text=True, check=True
        )
        peaks[size] = json.loads(out.stdout)
    results["peak_memory_mib"] = {str(size): peak for size, peak in peaks.items()}
    ratio_name = f"peak traced memory {tasks} / {small} tasks"
    results["ratios"][ratio_name] = peaks[tasks]["listing"] / peaks[small]["listing"]
    return results


def child_peak(url: str) -> None:
    """In a fresh process: peak memory while listing every Keap task (tracemalloc and RSS), in MiB."""
    import crmtasks  # noqa: PLC0415

    keap = crmtasks.Keap(api_key="sandbox-keap-key", base_url=f"{url}/keap")
    list(keap.tasks.list(limit=1))  # settle imports and connections before measuring
    tracemalloc.start()
    count = sum(1 for _ in keap.tasks.list())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"listing": peak / 2**20, "max_rss": rss, "tasks": count}))


# -- 4. slow link ------------------------------------------------------------------


def bench_slow_link(url: str, latency: float, pages: int, prefetch: int, work: float, repeat: int) -> dict[str, Any]:
    import crmtasks  # noqa: PLC0415

    size = 25
    control(url, "reset", {"seed": pages * size})
    control(url, "faults", {"latency": latency})
    clients = {
        "apollo": crmtasks.Apollo(api_key="sandbox-apollo-key", base_url=f"{url}/apollo"),
        "ysuite": crmtasks.YSuite(
            access_key="sandbox-ysuite-access", secret_key="sandbox-ysuite-secret", base_url=f"{url}/ysuite"
        ),
        "keap": crmtasks.Keap(api_key="sandbox-keap-key", base_url=f"{url}/keap"),
    }
    listing = {
        "apollo": lambda c, **kw: c.tasks.search(page_size=size, **kw),
        "ysuite": lambda c, **kw: c.tasks.list(page_size=size, **kw),
        "keap": lambda c, **kw: c.tasks.list(page_size=size, **kw),
    }
    results: dict[str, Any] = {}
    for api, api_client in clients.items():
        # Keap pages come by token: the gain is overlapping the caller's work on one page with the next request.
        per_page_work = work if api == "keap" else 0.0

        def run(
            pref: int, api: str = api, api_client: Any = api_client, per_page_work: float = per_page_work
        ) -> list[Any]:
            ids = []
            for page in listing[api](api_client, prefetch=pref).pages():
                ids.extend(getattr(t, "id", None) or t.activity_id for t in page.items)
                if per_page_work:
                    time.sleep(per_page_work)
            return ids

        sequential_ids, concurrent_ids = run(0), run(prefetch)
        assert sequential_ids == concurrent_ids and len(sequential_ids) == pages * size == len(set(sequential_ids))
        sequential: list[float] = []
        concurrent: list[float] = []
        for _ in range(repeat):
            sequential += timed(lambda: run(0), 1)
            concurrent += timed(lambda: run(prefetch), 1)
        results[api] = {
            "one after another": summary(sequential),
            f"prefetch={prefetch}": summary(concurrent),
            "speedup": statistics.median(sequential) / statistics.median(concurrent),
            "caller work per page (s)": per_page_work,
        }
    control(url, "faults", {})
    return results


# -- 5. regeneration -----------------------------------------------------------------


def bench_generate(repeat: int) -> dict[str, Any]:
    samples = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            samples += timed(
                lambda tmp=tmp: subprocess.run(
                    [sys.executable, str(ROOT / "generator" / "generate.py"), "--out", tmp],
                    check=True, capture_output=True,
                ),
                1,
            )  # fmt: skip
    return {"generate.py (all three specs)": summary(samples)}


# -- report ------------------------------------------------------------------------


def table(results: dict[str, Any]) -> str:
    lines = [f"{'measure':<58} {'median':>12} {'min':>12} {'max':>12}"]
    for section, data in results.items():
        lines.append(f"[{section}]")
        for name, value in data.items():
            if name == "ratios":
                continue
            if isinstance(value, dict) and "median" in value:
                ms = [value[key] * 1000 for key in ("median", "min", "max")]
                rate = f"  {value['items_per_second']:,.0f} items/s" if "items_per_second" in value else ""
                lines.append(f"  {name:<56} {ms[0]:>10.3f}ms {ms[1]:>10.3f}ms {ms[2]:>10.3f}ms{rate}")
            elif isinstance(value, dict):
                for inner, figure in value.items():
                    label = f"{name} {inner}"
                    if isinstance(figure, dict) and "median" in figure:
                        lines.append(f"  {label:<56} {figure['median'] * 1000:>10.1f}ms")
                    elif isinstance(figure, dict):  # peak memory of one listing
                        lines.append(f"  {label + ' tasks, peak traced MiB':<56} {figure['listing']:>12.2f}")
                    elif isinstance(figure, float):
                        lines.append(f"  {label:<56} {figure:>12.2f}")
        for name, ratio in data.get("ratios", {}).items():
            lines.append(f"  ratio {name:<50} {ratio:>10.2f}x")
    return "\n".join(lines)


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--imports", type=int, default=10, help="fresh processes per import measurement")
    cli.add_argument("--requests", type=int, default=200, help="get-task round trips per sample")
    cli.add_argument("--repeat", type=int, default=5, help="samples per measurement")
    cli.add_argument("--tasks", type=int, default=100_000, help="tasks to list in the list-everything section")
    cli.add_argument("--small", type=int, default=1_000, help="the smaller listing for peak memory")
    cli.add_argument("--latency", type=float, default=0.05, help="added latency for the slow-link section (s)")
    cli.add_argument("--pages", type=int, default=40, help="pages in the slow-link section")
    cli.add_argument("--prefetch", type=int, default=8, help="pages fetched ahead in the slow-link section")
    cli.add_argument("--sections", default="import,requests,list,slow,generate")
    cli.add_argument("--child-peak", metavar="URL", help=argparse.SUPPRESS)
    args = cli.parse_args()
    if args.child_peak:
        child_peak(args.child_peak)
        return
    sections = set(args.sections.split(","))
    results: dict[str, Any] = {}
    if "import" in sections:
        results["import"] = bench_import(args.imports)
    with sandbox() as url:
        if "requests" in sections:
            results["per request (get a task)"] = bench_requests(url, args.requests, args.repeat)
        if "list" in sections:
            results[f"list {args.tasks} tasks"] = bench_list(url, args.tasks, args.small, max(1, args.repeat // 2))
        if "slow" in sections:
            results[f"slow link ({args.latency * 1000:.0f} ms, {args.pages} pages)"] = bench_slow_link(
                url, args.latency, args.pages, args.prefetch, args.latency, max(1, args.repeat // 2)
            )
    if "generate" in sections:
        results["regeneration"] = bench_generate(max(1, args.repeat // 2))
    print(table(results))
    out_dir = ROOT / ".bench"
    out_dir.mkdir(exist_ok=True)
    out = out_dir / f"bench-{time.strftime('%Y%m%dT%H%M%S')}.json"
    out.write_text(json.dumps({"args": vars(args), "python": sys.version, "results": results}, indent=2))
    print(f"\nwrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
