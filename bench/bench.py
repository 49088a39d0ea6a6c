"""crmtasks benchmarks: every figure is a ratio against a baseline measured in the same run.

Run through ``nox -s bench`` (which installs crmtasks, the official Keap SDK and
the generator's toolchain). Sizes are flags; the defaults finish in about four
minutes on the project's 2-core machines. Prints a table and writes JSON to
``.bench/`` (git-ignored). A busy machine shows as wide min/max spreads: rerun
on a quiet one, or with a larger --repeat, before trusting a small ratio.

Sections (``--sections``, comma-separated): ``import`` time, per-request cost
(``requests``), listing everything from the sandbox (``list``: speed and peak
memory; server-bound, as the sandbox builds every page in Python), a ``slow``
link (page prefetch), regeneration time (``generate``), and on the fast
neutral server of bench/fastserver.py: listing speed per API (``fast``), peak
memory (``fastpeak``) and the parse cost per task of each model (``parse``).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import json
import math
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
KEAP_KEY = {"X-Keap-API-Key": "sandbox-keap-key"}
HEADERS = {
    "keap": KEAP_KEY,
    "apollo": {"X-Api-Key": "sandbox-apollo-key"},
    "ysuite": {"x-ysuite-access-key": "sandbox-ysuite-access", "x-ysuite-secret-key": "sandbox-ysuite-secret"},
    "hubspot": {"Authorization": "Bearer sandbox-hubspot-token"},
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


def bench_fast_get(url: str, count: int, repeat: int) -> dict[str, Any]:
    """A get against the fast neutral server (one pre-encoded task, Nagle off): the client's own cost per request,
    which the sandbox (a Python server doing a store's work per request) would hide behind its own."""
    import crmtasks  # noqa: PLC0415

    http = httpx.Client()
    keap = crmtasks.Keap(api_key="sandbox-keap-key", base_url=f"{url}/keap", http_client=http)
    task_url = f"{url}/keap/v2/tasks/1"

    def raw() -> None:
        for _ in range(count):
            http.get(task_url, headers=KEAP_KEY).json()

    def ours() -> None:
        for _ in range(count):
            keap.tasks.get("1")

    clients = {"raw httpx": raw, "crmtasks": ours}
    for fn in clients.values():
        fn()
    samples: dict[str, list[float]] = {name: [] for name in clients}
    for _ in range(repeat):
        for name, fn in clients.items():
            samples[name].extend(t / count for t in timed(fn, 1))
    results: dict[str, Any] = {name: summary(s) for name, s in samples.items()}
    results["ratios"] = {"crmtasks / raw httpx": results["crmtasks"]["median"] / results["raw httpx"]["median"]}
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
        peaks[size] = peak_of(url)
    results["peak_memory_mib"] = {str(size): peak for size, peak in peaks.items()}
    ratio_name = f"peak traced memory {tasks} / {small} tasks"
    results["ratios"][ratio_name] = peaks[tasks]["listing"] / peaks[small]["listing"]
    return results


def peak_of(url: str) -> dict[str, float]:
    """Peak memory of listing every Keap task of ``url``, measured in a fresh process (see child_peak)."""
    out = subprocess.run([sys.executable, __file__, "--child-peak", url], capture_output=True, text=True, check=True)
    peak: dict[str, float] = json.loads(out.stdout)
    return peak


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
    return {"generate.py (every spec)": summary(samples)}


# -- 6. list on a fast neutral server ------------------------------------------------

FAST_APIS = ("keap", "apollo", "ysuite", "hubspot")
# Every client asks for each API's largest page (the spec's maximum), as crmtasks does by default.
PAGE_SIZE = {"keap": 1000, "apollo": 100, "ysuite": 100, "hubspot": 100}
# How crmtasks' client of each API is made (crmtasks.<class>(**credentials, base_url=...)) and lists (its method).
CRMTASKS_CLIENTS: dict[str, tuple[str, dict[str, str], str]] = {
    "keap": ("Keap", {"api_key": "sandbox-keap-key"}, "list"),
    "apollo": ("Apollo", {"api_key": "sandbox-apollo-key"}, "search"),
    "ysuite": ("YSuite", {"access_key": "sandbox-ysuite-access", "secret_key": "sandbox-ysuite-secret"}, "list"),
    "hubspot": ("HubSpot", {"access_token": "sandbox-hubspot-token"}, "list"),
}
APOLLO_MAX_RESULTS = 50_000  # Apollo serves no task past this one, whatever the page
# Which clients list which API; each runs in a worker process of its own (see Worker).
CLIENTS = {
    "raw httpx loop": FAST_APIS,
    "crmtasks with orjson": FAST_APIS,
    "crmtasks without orjson": FAST_APIS,
    "official SDK": ("keap",),
}
BASELINE = "raw httpx loop"


@contextmanager
def fast_server(tasks: int) -> Iterator[tuple[str, str]]:
    """bench/fastserver.py in its own process, so it never holds the clients' GIL; yields its URL and banner.

    The banner says how much it pre-encoded and whether its tasks still have every spec property.
    """
    command = [sys.executable, str(Path(__file__).with_name("fastserver.py")), "--tasks", str(tasks)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        banner = process.stdout.readline().strip().removeprefix("fastserver: ")
        line = process.stdout.readline()
        if "listening on" not in line:
            raise RuntimeError("bench/fastserver.py did not start")
        yield line.rsplit(" ", 1)[-1].strip(), banner
    finally:
        process.terminate()
        process.wait(timeout=10)


def expected_items(api: str, tasks: int) -> int:
    return min(tasks, APOLLO_MAX_RESULTS) if api == "apollo" else tasks


def raw_keap(http: httpx.Client, url: str) -> int:
    """Keap's token pages, requested as crmtasks requests them (page_size, then page_token too)."""
    count, token = 0, None
    while True:
        params: dict[str, Any] = {"page_size": PAGE_SIZE["keap"]}
        if token:
            params["page_token"] = token
        body = http.get(f"{url}/keap/v2/tasks", params=params, headers=HEADERS["keap"]).json()
        for _task in body["tasks"]:
            count += 1
        token = body.get("next_page_token")
        if not token or not body["tasks"]:
            return count


def raw_apollo(http: httpx.Client, url: str) -> int:
    """Apollo's numbered pages: a POST whose options are all in the query string, as the spec and crmtasks have it."""
    count, page = 0, 1
    while True:
        params: dict[str, Any] = {"open_factor_names[]": "task_types", "page": page, "per_page": PAGE_SIZE["apollo"]}
        body = http.post(f"{url}/apollo/api/v1/tasks/search", params=params, headers=HEADERS["apollo"]).json()
        for _task in body["tasks"]:
            count += 1
        if not body["tasks"] or page >= body["pagination"]["total_pages"]:
            return count
        page += 1


def raw_ysuite(http: httpx.Client, url: str) -> int:
    """ySuite's pages, indexed from 0, inside the success envelope."""
    count, index = 0, 0
    while True:
        params = {"pageSize": PAGE_SIZE["ysuite"], "pageIndex": index}
        page = http.get(f"{url}/ysuite/v1/tasks", params=params, headers=HEADERS["ysuite"]).json()["data"]
        for _task in page["data"]:
            count += 1
        if not page["data"] or index + 1 >= page["total_pages"]:
            return count
        index += 1


def raw_hubspot(http: httpx.Client, url: str) -> int:
    """HubSpot's cursor pages: ``after`` from the previous page's paging.next, absent on the last page."""
    count, after = 0, None
    while True:
        params: dict[str, Any] = {"limit": PAGE_SIZE["hubspot"]}
        if after:
            params["after"] = after
        body = http.get(f"{url}/hubspot/crm/v3/objects/tasks", params=params, headers=HEADERS["hubspot"]).json()
        for _task in body["results"]:
            count += 1
        after = (body.get("paging") or {}).get("next", {}).get("after")
        if not after or not body["results"]:
            return count


def crmtasks_lister(api: str, url: str) -> Callable[[], int]:
    """Iterate every item of the crmtasks paginator (one client, reused, as an application would)."""
    import crmtasks  # noqa: PLC0415 - after the worker has decided whether orjson may be imported

    name, credentials, method = CRMTASKS_CLIENTS[api]
    client = getattr(crmtasks, name)(**credentials, base_url=f"{url}/{api}")
    paginate: Callable[[], Any] = partial(getattr(client.tasks, method), page_size=PAGE_SIZE[api])
    return lambda: sum(1 for _task in paginate())


def sdk_lister(url: str) -> Callable[[], int]:
    """The official Keap SDK, looping on next_page_token (its host ends before /rest/v2, as Keap's does)."""
    import keap_core_v2_client  # noqa: PLC0415

    configuration = keap_core_v2_client.Configuration(host=f"{url}/keap")
    api = keap_core_v2_client.TaskApi(keap_core_v2_client.ApiClient(configuration))

    def run() -> int:
        count, token = 0, None
        while True:
            page = api.list_tasks(page_size=PAGE_SIZE["keap"], page_token=token, _headers=KEAP_KEY)
            for _task in page.tasks or []:
                count += 1
            token = page.next_page_token
            if not token or not page.tasks:
                return count

    return run


def lister(client: str, api: str, url: str) -> Callable[[], int]:
    if client == BASELINE:
        http = httpx.Client()
        raw = {"keap": raw_keap, "apollo": raw_apollo, "ysuite": raw_ysuite, "hubspot": raw_hubspot}[api]
        return lambda: raw(http, url)
    if client == "official SDK":
        return sdk_lister(url)
    return crmtasks_lister(api, url)


def list_worker(client: str, api: str, url: str) -> None:
    """In a child process: one client, warmed up by a first listing, then one timed listing per line on stdin.

    Answers are JSON lines. A failure (say, a model that rejects the pages) is answered, not raised,
    so the other clients are still measured.
    """
    if client == "crmtasks without orjson":
        # 'import orjson' now raises ImportError, so the generated json_body falls back to the standard json.
        sys.modules["orjson"] = None  # type: ignore[assignment]
    try:
        run = lister(client, api, url)
        hello: dict[str, Any] = {"count": run(), "orjson_loaded": sys.modules.get("orjson") is not None}
    except Exception as error:  # reported to the parent, which carries on
        hello = {"error": f"{type(error).__name__}: {error}"}
    print(json.dumps(hello), flush=True)
    for _ in sys.stdin:
        try:
            started = time.perf_counter()
            count = run()
            reply: dict[str, Any] = {"seconds": time.perf_counter() - started, "count": count}
        except Exception as error:
            reply = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(reply), flush=True)


class Worker:
    """One client listing one API in a process of its own: a fresh interpreter, its own GIL and heap.

    Started once (imports, connection, a warm-up listing), then asked for one timed listing at a time,
    so the parent can interleave the clients.
    """

    def __init__(self, client: str, api: str, url: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--list-worker", client, api, url],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.hello = self._reply()

    def _reply(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        reply: dict[str, Any] = json.loads(line) if line else {"error": "the worker exited"}
        return reply

    def time_one(self) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write("run\n")
        self.process.stdin.flush()
        return self._reply()

    def close(self) -> None:
        assert self.process.stdin is not None
        with contextlib.suppress(BrokenPipeError):  # a worker that failed may be gone already
            self.process.stdin.close()
        self.process.wait(timeout=30)


def server_alone(url: str, api: str, tasks: int) -> None:
    """Every page over one raw socket, answers read by Content-Length and not decoded: the server's own rate.

    The clients' figures mean something only if this is far above them.
    """
    split = urlsplit(url)
    with socket.create_connection((split.hostname, split.port)) as sock, sock.makefile("rb") as reader:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def fetch(method: str, target: str) -> bytes:
            sock.sendall(f"{method} {target} HTTP/1.1\r\nhost: {split.netloc}\r\ncontent-length: 0\r\n\r\n".encode())
            length = 0
            while (line := reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            return reader.read(length)

        if api in ("apollo", "ysuite"):
            for method, target in numbered_pages(api, tasks):
                fetch(method, target)
            return
        first = "/keap/v2/tasks?page_size" if api == "keap" else "/hubspot/crm/v3/objects/tasks?limit"
        target = f"{first}={PAGE_SIZE[api]}"
        while target:
            target = next_target(api, fetch("GET", target))


def next_target(api: str, body: bytes) -> str:
    """The page after ``body`` of Keap or HubSpot, as crmtasks requests it; "" after the last page.

    The cursor closes the body: decode that tail only, not the page.
    """
    size = PAGE_SIZE[api]
    if api == "keap":
        token = json.loads(b"{" + body[body.rindex(b'"next_page_token"') :])["next_page_token"]
        return f"/keap/v2/tasks?page_size={size}&page_token={token}" if token else ""
    start = body.rfind(b'"paging"')  # HubSpot's last page has no paging member
    if start < 0:
        return ""
    after = json.loads(b"{" + body[start:])["paging"]["next"]["after"]
    return f"/hubspot/crm/v3/objects/tasks?limit={size}&after={after}"


def numbered_pages(api: str, tasks: int) -> Iterator[tuple[str, str]]:
    """Method and target of every page of Apollo or ySuite, as crmtasks requests them."""
    size = PAGE_SIZE[api]
    for page in range(math.ceil(expected_items(api, tasks) / size)):
        if api == "apollo":
            yield (
                "POST",
                f"/apollo/api/v1/tasks/search?open_factor_names%5B%5D=task_types&page={page + 1}&per_page={size}",
            )
        else:
            yield "GET", f"/ysuite/v1/tasks?pageSize={size}&pageIndex={page}"


def orjson_note() -> str:
    """Whether crmtasks decodes with orjson here (it does when installed; 'without orjson' blocks the import)."""
    try:
        version = metadata.version("orjson")
    except metadata.PackageNotFoundError:
        return "not installed: crmtasks decodes with json in both rows (pip install crmtasks[fast])"
    return f"installed ({version})"


def bench_fast_list(url: str, api: str, tasks: int, repeat: int) -> dict[str, Any]:
    """Items per second of each client listing every task of ``api``, clients interleaved in every round."""
    items = expected_items(api, tasks)
    workers = {client: Worker(client, api, url) for client, apis in CLIENTS.items() if api in apis}
    failures = {client: worker.hello["error"] for client, worker in workers.items() if "error" in worker.hello}
    alone_name = "server alone (raw socket, no decoding)"
    samples: dict[str, list[float]] = {alone_name: [], **{client: [] for client in workers}}
    try:
        for _ in range(repeat):
            samples[alone_name] += timed(lambda: server_alone(url, api, tasks), 1)
            for client, worker in workers.items():
                if client in failures:
                    continue
                reply = worker.time_one()
                if "error" in reply or reply["count"] != items:
                    failures[client] = reply.get("error") or f"listed {reply['count']} of {items} tasks"
                else:
                    samples[client].append(reply["seconds"])
    finally:
        for worker in workers.values():
            worker.close()
    results: dict[str, Any] = {}
    for name, seconds in samples.items():
        if name in failures:
            results[name] = f"failed: {failures[name][:200]}"
        elif seconds:
            results[name] = {**summary(seconds), "items_per_second": items / statistics.median(seconds)}
    loaded = {client: worker.hello.get("orjson_loaded") for client, worker in workers.items()}
    if loaded.get("crmtasks without orjson"):
        results["warning"] = "orjson was loaded in the 'without orjson' worker: that row is not what it says"
    if loaded.get("crmtasks with orjson") is False and orjson_note().startswith("installed"):
        results["warning"] = "crmtasks did not load orjson although it is installed"
    results["ratios"] = fast_ratios(results, alone_name)
    return results


def fast_ratios(results: dict[str, Any], alone_name: str) -> dict[str, float]:
    """Each client's items per second over the raw loop's; and the server's, which must be well above 1."""
    rate = {name: value["items_per_second"] for name, value in results.items() if isinstance(value, dict)}
    if BASELINE not in rate:
        return {}
    ratios = {
        f"{name} / raw httpx loop (items/s)": rate[name] / rate[BASELINE]
        for name in rate
        if name not in (BASELINE, alone_name)
    }
    if alone_name in rate:
        ratios["server alone / raw httpx loop (items/s)"] = rate[alone_name] / rate[BASELINE]
        if rate[alone_name] < 5 * rate[BASELINE]:
            results["warning"] = "the server is less than 5x faster than the raw loop: figures are partly server-bound"
    return ratios


# -- 7. peak memory on the fast server --------------------------------------------------


def bench_fast_peak(small_url: str, large_url: str, small: int, large: int) -> dict[str, Any]:
    """Peak memory of listing every Keap task, few and many: flat if crmtasks holds one page at a time."""
    peaks = {small: peak_of(small_url), large: peak_of(large_url)}
    return {
        "peak_memory_mib": {str(size): peak for size, peak in peaks.items()},
        "ratios": {f"peak traced memory {large} / {small} tasks": peaks[large]["listing"] / peaks[small]["listing"]},
    }


# -- 8. parse cost per task ---------------------------------------------------------------


def first_page(url: str, api: str) -> tuple[bytes, list[dict[str, Any]]]:
    """One pre-encoded page of the fast server (the API's largest), and its tasks decoded once with json."""
    with httpx.Client(base_url=url, headers=HEADERS[api]) as http:
        if api == "keap":
            response = http.get("/keap/v2/tasks", params={"page_size": PAGE_SIZE[api]})
            return response.content, response.json()["tasks"]
        if api == "apollo":
            params: dict[str, Any] = {"open_factor_names[]": "task_types", "page": 1, "per_page": PAGE_SIZE[api]}
            response = http.post("/apollo/api/v1/tasks/search", params=params)
            return response.content, response.json()["tasks"]
        if api == "hubspot":
            response = http.get("/hubspot/crm/v3/objects/tasks", params={"limit": PAGE_SIZE[api]})
            return response.content, response.json()["results"]
        response = http.get("/ysuite/v1/tasks", params={"pageSize": PAGE_SIZE[api], "pageIndex": 0})
        return response.content, response.json()["data"]["data"]


Reader = Callable[[dict[str, Any]], Any]  # a decoded task in, a task object out
Keep = Callable[[Any, Any, dict[str, Any]], None]  # see _keeper


def _enum_lookup(enum: Any) -> dict[Any, Any]:
    """value -> member, and None (what .get answers for an absent key) -> None: one dict lookup per enum field."""
    return {**{member.value: member for member in enum}, None: None}


def _keeper(model: type) -> Keep:
    """Sets what a model holds besides its spec fields, in whichever layout its package's models have.

    The lenient models keep the JSON object they were read from (``raw``) and find undeclared members
    only when asked; the earlier ones hold a dict of the undeclared members (none, when the spec is kept).
    """
    import attrs  # noqa: PLC0415

    if "_raw" in attrs.fields_dict(model):

        def keep(obj: Any, raw: Any, additional: dict[str, Any]) -> None:
            obj._raw = raw
            obj._additional = None

    else:

        def keep(obj: Any, raw: Any, additional: dict[str, Any]) -> None:
            obj.additional_properties = additional

    return keep


def trusting_keap() -> Reader:
    """crmtasks_keap's Task built straight from a dict that is trusted to follow the spec: no checks, no copies."""
    from crmtasks_keap.models import CustomFieldValueObject, ReminderMinutes, Task, TaskPriority  # noqa: PLC0415

    new, when, keep = object.__new__, dt.datetime.fromisoformat, _keeper(Task)
    priorities, reminders = _enum_lookup(TaskPriority), _enum_lookup(ReminderMinutes)

    def custom_field(d: dict[str, Any]) -> Any:
        field = new(CustomFieldValueObject)
        field.content = d.get("content")
        field.id = d.get("id")
        keep(field, d, {})
        return field

    def read(d: dict[str, Any]) -> Any:
        get, task = d.get, new(Task)
        task.accepted = get("accepted")
        task.assigned_to_user_id = get("assigned_to_user_id")
        task.completed = get("completed")
        task.completion_time = when(v) if (v := get("completion_time")) else None
        task.contact_id = get("contact_id")
        task.custom_fields = [custom_field(f) for f in v] if (v := get("custom_fields")) is not None else None
        task.description = get("description")
        task.due_time = when(v) if (v := get("due_time")) else None
        task.opportunity_id = get("opportunity_id")
        task.priority = priorities[get("priority")]
        task.remind_time_mins = reminders[get("remind_time_mins")]
        task.title = get("title")
        task.type_ = get("type")
        task.create_time = when(v) if (v := get("create_time")) else None
        task.created_by_user_id = get("created_by_user_id")
        task.id = get("id")
        task.last_updated_by_user_id = get("last_updated_by_user_id")
        task.modification_time = when(v) if (v := get("modification_time")) else None
        keep(task, d, {})
        return task

    return read


def trusting_ysuite() -> Reader:
    """crmtasks_ysuite's Task from a trusted dict (its local date-times read as naive datetimes, as in the model)."""
    from crmtasks_ysuite.models import Task, TaskPriority, TaskStatus  # noqa: PLC0415

    new, keep = object.__new__, _keeper(Task)
    priorities, statuses = _enum_lookup(TaskPriority), _enum_lookup(TaskStatus)

    def read(d: dict[str, Any]) -> Any:
        get, task = d.get, new(Task)
        task.activity_id = d["activity_id"]
        task.title = d["title"]
        task.activity_type = get("activity_type")
        task.assigned_user_id = get("assigned_user_id")
        task.cstid = get("cstid")
        task.deal_id = get("deal_id")
        task.description = get("description")
        task.end_datetime = _when(get("end_datetime"))
        task.priority = priorities[get("priority")]
        task.start_datetime = _when(get("start_datetime"))
        task.status = statuses[get("status")]
        task.tags = get("tags")
        keep(task, d, {})
        return task

    return read


def trusting_apollo() -> Reader:
    """crmtasks_apollo's Task, with its Account, Contact and PhoneNumbers, from a trusted dict.

    Absent and null members both read None, as in the generated models.
    """
    from crmtasks_apollo import models  # noqa: PLC0415

    new, when, keep = object.__new__, _when, _keeper(models.Task)
    account, contact = _trusting_apollo_account(keep), _trusting_apollo_contact(keep)
    kinds = _enum_lookup(models.TaskType)
    priorities, statuses = _enum_lookup(models.TaskPriority), _enum_lookup(models.TaskStatus)

    def read(d: dict[str, Any]) -> Any:
        get, task = d.get, new(models.Task)
        task.id = d["id"]
        task.account = account(v) if (v := get("account")).__class__ is dict else v
        task.account_id = get("account_id")
        task.answered = get("answered")
        task.call_script = get("call_script")
        task.completed = get("completed")
        task.completed_at = when(get("completed_at"))
        task.completed_by_user_id = get("completed_by_user_id")
        task.contact = contact(v) if (v := get("contact")).__class__ is dict else v
        task.contact_id = get("contact_id")
        task.created_at = when(get("created_at"))
        task.created_from = get("created_from")
        task.creator_id = get("creator_id")
        task.deleted = get("deleted")
        task.due_at = when(get("due_at"))
        task.emailer_campaign_id = get("emailer_campaign_id")
        task.hubspot_id = get("hubspot_id")
        task.needs_playbook_autoprospecting = get("needs_playbook_autoprospecting")
        task.note = get("note")
        task.opportunity_id = get("opportunity_id")
        task.organization_id = get("organization_id")
        task.person_id = get("person_id")
        task.persona_ids = get("persona_ids")
        task.playbook_id = get("playbook_id")
        task.playbook_step_ids = get("playbook_step_ids")
        task.priority = priorities[get("priority")]
        task.relevant_fields = get("relevant_fields")
        task.rule_config_id = get("rule_config_id")
        task.salesforce_id = get("salesforce_id")
        task.salesforce_type = get("salesforce_type")
        task.skipped_at = when(get("skipped_at"))
        task.starred_by_user_ids = get("starred_by_user_ids")
        task.status = statuses[get("status")]
        task.subject = get("subject")
        task.title = get("title")
        task.type_ = kinds[get("type")]
        task.user_id = get("user_id")
        keep(task, d, {})
        return task

    return read


def trusting_hubspot() -> Reader:
    """crmtasks_hubspot's Task from a trusted dict: its properties and history stay the maps they came as.

    Task.from_dict also checks the typed properties (x-properties) of each task; trusted, they need no check.
    """
    from crmtasks_hubspot import models  # noqa: PLC0415

    new, when, keep = object.__new__, _when, _keeper(models.Task)
    free_map = _free_map(keep)

    def read(d: dict[str, Any]) -> Any:
        get, task = d.get, new(models.Task)
        task.archived = d["archived"]
        task.created_at = when(d["createdAt"])
        task.id = d["id"]
        task.properties = free_map(models.TaskProperties, d["properties"])
        task.updated_at = when(d["updatedAt"])
        task.archived_at = when(get("archivedAt"))
        task.object_write_trace_id = get("objectWriteTraceId")
        task.properties_with_history = free_map(models.TaskPropertiesWithHistory, get("propertiesWithHistory"))
        # Not a free map (its values are AssociatedIds), but a listing that asks for none has none: an empty map.
        task.associations = free_map(models.TaskAssociations, get("associations"))
        keep(task, d, {})
        return task

    return read


def _when(value: Any) -> Any:
    """A nullable date-time of a trusted answer: a string is parsed; None stays None."""
    return _FROMISO(value) if value.__class__ is str else value


_FROMISO = dt.datetime.fromisoformat


def _free_map(keep: Keep) -> Callable[[type, Any], Any]:
    """The models of free-form maps (typed_custom_fields, persona_counts): every member is an undeclared one.

    An absent map is an empty one, as in the generated models.
    """

    def free_map(model: type, value: Any) -> Any:
        if value is None:
            return model()
        obj: Any = object.__new__(model)
        keep(obj, value, value)
        return obj

    return free_map


def _trusting_apollo_account(keep: Keep) -> Reader:
    from crmtasks_apollo import models  # noqa: PLC0415

    new, when, free_map = object.__new__, _when, _free_map(keep)

    def account(d: dict[str, Any]) -> Any:
        get, acc = d.get, new(models.Account)
        acc.id = d["id"]
        acc.account_playbook_statuses = get("account_playbook_statuses")
        acc.account_stage_id = get("account_stage_id")
        acc.created_at = when(get("created_at"))
        acc.crm_owner_id = get("crm_owner_id")
        acc.domain = get("domain")
        acc.existence_level = get("existence_level")
        acc.hubspot_id = get("hubspot_id")
        acc.label_ids = get("label_ids")
        acc.modality = get("modality")
        acc.name = get("name")
        acc.organization_id = get("organization_id")
        acc.original_source = get("original_source")
        acc.owner_id = get("owner_id")
        acc.parent_account_id = get("parent_account_id")
        acc.persona_counts = free_map(models.AccountPersonaCounts, get("persona_counts"))
        acc.phone = get("phone")
        acc.phone_status = get("phone_status")
        acc.salesforce_id = get("salesforce_id")
        acc.salesforce_record_url = get("salesforce_record_url")
        acc.sanitized_phone = get("sanitized_phone")
        acc.source = get("source")
        acc.team_id = get("team_id")
        acc.test_predictive_score = get("test_predictive_score")
        acc.typed_custom_fields = free_map(models.AccountTypedCustomFields, get("typed_custom_fields"))
        keep(acc, d, {})
        return acc

    return account


# One assignment per field, straight-line on purpose: a loop over names would cost ~30 ns a field.
def _trusting_apollo_contact(keep: Keep) -> Reader:  # noqa: PLR0915
    from crmtasks_apollo import models  # noqa: PLC0415

    new, when, free_map = object.__new__, _when, _free_map(keep)

    def phone(d: dict[str, Any]) -> Any:
        get, number = d.get, new(models.PhoneNumber)
        number.position = get("position")
        number.raw_number = get("raw_number")
        number.sanitized_number = get("sanitized_number")
        number.status = get("status")
        number.type_ = get("type")
        keep(number, d, {})
        return number

    def contact(d: dict[str, Any]) -> Any:  # noqa: PLR0915
        get, con = d.get, new(models.Contact)
        con.id = d["id"]
        con.account_id = get("account_id")
        con.account_phone_note = get("account_phone_note")
        con.contact_stage_id = get("contact_stage_id")
        con.crm_owner_id = get("crm_owner_id")
        con.direct_dial_status = get("direct_dial_status")
        con.email = get("email")
        con.email_manually_changed = get("email_manually_changed")
        con.email_needs_tickling = get("email_needs_tickling")
        con.email_status = get("email_status")
        con.email_unsubscribed = get("email_unsubscribed")
        con.emailer_campaign_ids = get("emailer_campaign_ids")
        con.existence_level = get("existence_level")
        con.extrapolated_email_confidence = get("extrapolated_email_confidence")
        con.first_name = get("first_name")
        con.has_email_arcgate_request = get("has_email_arcgate_request")
        con.has_pending_email_arcgate_request = get("has_pending_email_arcgate_request")
        con.headline = get("headline")
        con.hubspot_company_id = get("hubspot_company_id")
        con.hubspot_vid = get("hubspot_vid")
        con.label_ids = get("label_ids")
        con.last_name = get("last_name")
        con.linkedin_uid = get("linkedin_uid")
        con.linkedin_url = get("linkedin_url")
        con.merged_crm_ids = get("merged_crm_ids")
        con.name = get("name")
        con.organization_id = get("organization_id")
        con.organization_name = get("organization_name")
        con.original_source = get("original_source")
        con.outreach_id = get("outreach_id")
        con.outreach_url = get("outreach_url")
        con.owner_id = get("owner_id")
        con.person_id = get("person_id")
        con.photo_url = get("photo_url")
        con.present_raw_address = get("present_raw_address")
        con.queued_for_crm_push = get("queued_for_crm_push")
        con.salesforce_account_id = get("salesforce_account_id")
        con.salesforce_contact_id = get("salesforce_contact_id")
        con.salesforce_id = get("salesforce_id")
        con.salesforce_lead_id = get("salesforce_lead_id")
        con.salesforce_record_url = get("salesforce_record_url")
        con.salesloft_id = get("salesloft_id")
        con.salesloft_url = get("salesloft_url")
        con.sanitized_phone = get("sanitized_phone")
        con.source = get("source")
        con.suggested_from_rule_engine_config_id = get("suggested_from_rule_engine_config_id")
        con.test_predictive_score = get("test_predictive_score")
        con.title = get("title")
        con.created_at = when(get("created_at"))
        con.direct_dial_enrichment_failed_at = when(get("direct_dial_enrichment_failed_at"))
        con.last_activity_date = when(get("last_activity_date"))
        con.updated_at = when(get("updated_at"))
        con.phone_numbers = [phone(p) for p in v] if (v := get("phone_numbers")) is not None else None
        con.typed_custom_fields = free_map(models.ContactTypedCustomFields, get("typed_custom_fields"))
        keep(con, d, {})
        return con

    return contact


def generated_reader(api: str) -> Reader:
    """crmtasks' own reader: the generated model's Task.from_dict."""
    from_dict: Reader = importlib.import_module(f"crmtasks_{api}.models").Task.from_dict
    return from_dict


TRUSTING = {"keap": trusting_keap, "apollo": trusting_apollo, "ysuite": trusting_ysuite, "hubspot": trusting_hubspot}


def per_task(page: Callable[[], Any], tasks: int, repeat: int) -> dict[str, Any]:
    """Seconds per task of ``page`` (work on a whole page of ``tasks``), timeit-style, shown in µs.

    autorange picks the loops (0.2 s or more a sample), then ``repeat`` samples. timeit turns the
    garbage collector off while it times, so this is the reading alone.
    """
    timer = timeit.Timer(page)
    loops, _ = timer.autorange()
    return {**summary([sample / loops / tasks for sample in timer.repeat(repeat, loops)]), "unit": "µs"}


def first_difference(trusting: Reader, generated: Reader, tasks: list[dict[str, Any]]) -> str | None:
    """The first task and field where the trusting reader's object differs from Task.from_dict's, if any."""
    import attrs  # noqa: PLC0415

    for index, task in enumerate(tasks):
        ours, theirs = trusting(task), generated(task)
        for field in attrs.fields(type(theirs)):
            if field.eq and getattr(ours, field.name) != getattr(theirs, field.name):
                shown = f"{getattr(ours, field.name)!r} != {getattr(theirs, field.name)!r}"
                return f"task {index}, {field.name}: {shown}"[:200]
    return None


def page_readers(api: str) -> dict[str, Reader]:
    """The ways to make one task object of ``api`` from its decoded dict."""
    readers = {"Task.from_dict (generated)": generated_reader(api), "trusting reader": TRUSTING[api]()}
    if api == "keap":
        import keap_core_v2_client  # noqa: PLC0415

        readers["official SDK Task.from_dict"] = keap_core_v2_client.Task.from_dict
    return readers


def bench_parse(url: str, repeat: int) -> dict[str, Any]:
    """µs per task: decoding a page (for scale), then each way of turning its decoded tasks into objects."""
    results: dict[str, Any] = {}
    ratios: dict[str, float] = {}
    loads: dict[str, Callable[[bytes], Any]] = {"json.loads": json.loads}
    try:
        import orjson  # noqa: PLC0415

        loads["orjson.loads"] = orjson.loads
    except ImportError:
        pass
    for api in FAST_APIS:
        content, tasks = first_page(url, api)
        for name, decode in loads.items():
            results[f"{api}: {name} of the page"] = per_task(lambda d=decode, c=content: d(c), len(tasks), repeat)
        try:
            readers = page_readers(api)
            generated, trusting = readers["Task.from_dict (generated)"], readers["trusting reader"]
            difference = first_difference(trusting, generated, tasks)
        except Exception as error:  # the generated models are being rewritten: say so, go on
            results[f"{api}: readers"] = f"failed: {type(error).__name__}: {error}"[:200]
            continue
        if difference:
            results[f"{api}: trusting reader differs from Task.from_dict"] = difference
        for name, read in readers.items():
            results[f"{api}: {name}"] = per_task(lambda r=read, ts=tasks: [r(t) for t in ts], len(tasks), repeat)
        median = {name: results[f"{api}: {name}"]["median"] for name in readers}
        ratios[f"{api} lenient overhead (Task.from_dict / trusting)"] = (
            median["Task.from_dict (generated)"] / median["trusting reader"]
        )
        if "official SDK Task.from_dict" in median:
            ratios[f"{api} official SDK / Task.from_dict"] = (
                median["official SDK Task.from_dict"] / median["Task.from_dict (generated)"]
            )
    results["ratios"] = ratios
    return results


# -- report ------------------------------------------------------------------------


def table(results: dict[str, Any]) -> str:
    lines = [f"{'measure':<58} {'median':>12} {'min':>12} {'max':>12}"]
    for section, data in results.items():
        lines.append(f"[{section}]")
        for name, value in data.items():
            if name == "ratios":
                continue
            if isinstance(value, str):  # a note: what was installed, or why a row is missing
                lines.append(f"  {name:<56} {value}")
            elif isinstance(value, dict) and value.get("unit") == "µs":  # parse cost per task
                us = [value[key] * 1e6 for key in ("median", "min", "max")]
                lines.append(f"  {name:<56} {us[0]:>10.2f}µs {us[1]:>10.2f}µs {us[2]:>10.2f}µs")
            elif isinstance(value, dict) and "median" in value:
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


SANDBOX_SECTIONS = {"requests", "list", "slow"}
FAST_SECTIONS = {"fastget", "fast", "fastpeak", "parse"}


def run_sandbox_sections(args: argparse.Namespace, sections: set[str], results: dict[str, Any]) -> None:
    with sandbox() as url:
        if "requests" in sections:
            results["per request (get a task)"] = bench_requests(url, args.requests, args.repeat)
        if "list" in sections:
            label = f"list {args.tasks} tasks, server-bound (sandbox)"
            results[label] = bench_list(url, args.tasks, args.small, max(1, args.repeat // 2))
        if "slow" in sections:
            results[f"slow link ({args.latency * 1000:.0f} ms, {args.pages} pages)"] = bench_slow_link(
                url, args.latency, args.pages, args.prefetch, args.latency, max(1, args.repeat // 2)
            )


def run_fast_sections(args: argparse.Namespace, sections: set[str], results: dict[str, Any]) -> None:
    tasks = args.fast_tasks
    with fast_server(tasks) as (url, banner):
        results["fast neutral server"] = {"pages": banner, "orjson": orjson_note()}
        if "fastget" in sections:
            results["per request (get a task, fast neutral server)"] = bench_fast_get(url, args.requests, args.repeat)
        if "fast" in sections:
            for api in FAST_APIS:
                results[f"list {tasks} tasks (fast neutral server): {api}"] = bench_fast_list(
                    url, api, tasks, args.repeat
                )
        if "fastpeak" in sections:
            with fast_server(args.small) as (small_url, _):
                label = f"peak memory, list {tasks} keap tasks (fast neutral server)"
                results[label] = bench_fast_peak(small_url, url, args.small, tasks)
        if "parse" in sections:
            results["parse cost (µs per task)"] = bench_parse(url, args.repeat)


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--imports", type=int, default=10, help="fresh processes per import measurement")
    cli.add_argument("--requests", type=int, default=200, help="get-task round trips per sample")
    cli.add_argument("--repeat", type=int, default=5, help="samples per measurement")
    cli.add_argument("--tasks", type=int, default=100_000, help="tasks to list from the sandbox (list section)")
    cli.add_argument("--small", type=int, default=1_000, help="the smaller listing for peak memory")
    cli.add_argument("--fast-tasks", type=int, default=20_000, help="tasks per API on the fast neutral server")
    cli.add_argument("--latency", type=float, default=0.05, help="added latency for the slow-link section (s)")
    cli.add_argument("--pages", type=int, default=40, help="pages in the slow-link section")
    cli.add_argument("--prefetch", type=int, default=8, help="pages fetched ahead in the slow-link section")
    every = "import,requests,list,slow,generate,fastget,fast,fastpeak,parse"
    cli.add_argument("--sections", default=every, help=f"comma-separated, among {every}")
    cli.add_argument("--child-peak", metavar="URL", help=argparse.SUPPRESS)
    cli.add_argument("--list-worker", nargs=3, metavar=("CLIENT", "API", "URL"), help=argparse.SUPPRESS)
    args = cli.parse_args()
    if args.child_peak:
        child_peak(args.child_peak)
        return
    if args.list_worker:
        list_worker(*args.list_worker)
        return
    sections = set(args.sections.split(","))
    results: dict[str, Any] = {}
    if "import" in sections:
        results["import"] = bench_import(args.imports)
    if sections & SANDBOX_SECTIONS:
        run_sandbox_sections(args, sections, results)
    if sections & FAST_SECTIONS:
        run_fast_sections(args, sections, results)
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
