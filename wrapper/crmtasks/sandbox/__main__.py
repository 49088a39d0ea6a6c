"""``python -m crmtasks.sandbox``: serve the emulated APIs on 127.0.0.1 until interrupted."""

from __future__ import annotations

import argparse
import contextlib
import sys

from .._registry import REGISTRY
from . import API_NAMES, Faults, Sandbox
from ._server import SandboxServer


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(
        prog="crmtasks sandbox",
        description="Serve offline, stateful emulations of the Keap, Apollo, ySuite and HubSpot task APIs.",
    )
    cli.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    cli.add_argument("--port", type=int, default=8080, help="port to listen on; 0 picks a free one (default 8080)")
    cli.add_argument("--seed", type=int, default=0, metavar="N", help="start with N realistic tasks per API")
    cli.add_argument("--latency", type=float, default=0.0, metavar="SECONDS", help="delay added to every request")
    cli.add_argument("--rate-limit-after", type=int, metavar="N", help="answer 429 after N requests")
    cli.add_argument("--retry-after", type=float, default=1.0, metavar="SECONDS", help="Retry-After of those 429s")
    cli.add_argument("--verbose", action="store_true", help="log every request")
    return cli


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    faults = Faults(latency=args.latency, rate_limit_after=args.rate_limit_after, retry_after=args.retry_after)
    sandbox = Sandbox(seed=args.seed, faults=faults)
    server = SandboxServer(sandbox, args.host, args.port, verbose=args.verbose)
    print(f"crmtasks sandbox listening on {server.url}", flush=True)
    for api, registered in zip(API_NAMES, REGISTRY, strict=True):
        client = registered.client
        options = ", ".join(f'{k}="{v}"' for k, v in Sandbox.credentials(api).items())
        print(f'  {api:<7} crmtasks.{client}({options}, base_url="{Sandbox.base_url(api, server.url)}")', flush=True)
    print(f"  control POST {server.url}/_sandbox/faults | /_sandbox/reset, GET /_sandbox/counts", flush=True)
    print("          POST /_sandbox/quota | /advance | /code | /tokens | /revoke", flush=True)
    for api in API_NAMES:
        with contextlib.suppress(ValueError):  # only APIs whose spec declares an OAuth2 token endpoint
            app = sandbox.oauth_app(api)
            print(
                f"  oauth2  {Sandbox.token_url(api, server.url)} "
                f"(client_id={app['client_id']}, client_secret={app['client_secret']})",
                flush=True,
            )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    sys.exit(0)


if __name__ == "__main__":
    main()
