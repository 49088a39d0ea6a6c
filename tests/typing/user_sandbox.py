"""A user's tests on the sandbox: each of its client methods gives the client it names, options passed on.

``assert_type`` pins ``sandbox.keap()`` as a ``crmtasks.Keap``, ``sandbox.async_hubspot()`` as a
``crmtasks.AsyncHubSpot`` and so on: all eight come from one typed descriptor in crmtasks/sandbox, which must
not decay to ``Any``. Type-checked by tests/tooling/test_user_typing.py and run against the sandbox by
tests/e2e/test_user_scripts.py.
"""

from __future__ import annotations

from typing import assert_type

import crmtasks
from crmtasks.sandbox import Sandbox


def sync_clients(sandbox: Sandbox) -> list[int]:
    """How many tasks each API lists, through the sandbox's sync clients."""
    keap: crmtasks.Keap = sandbox.keap(max_retries=0)
    apollo: crmtasks.Apollo = sandbox.apollo(max_retries=0)
    ysuite: crmtasks.YSuite = sandbox.ysuite(max_retries=0)
    hubspot: crmtasks.HubSpot = sandbox.hubspot(max_retries=0)
    assert_type(sandbox.keap(), crmtasks.Keap)
    assert_type(sandbox.apollo(), crmtasks.Apollo)
    assert_type(sandbox.ysuite(), crmtasks.YSuite)
    assert_type(sandbox.hubspot(), crmtasks.HubSpot)
    return [
        len(list(keap.tasks.list())),
        len(list(apollo.tasks.search())),
        len(list(ysuite.tasks.list())),
        len(list(hubspot.tasks.list())),
    ]


async def async_clients(sandbox: Sandbox) -> list[int]:
    """How many tasks each API lists, through the sandbox's async clients."""
    keap: crmtasks.AsyncKeap = sandbox.async_keap(max_retries=0)
    apollo: crmtasks.AsyncApollo = sandbox.async_apollo(max_retries=0)
    ysuite: crmtasks.AsyncYSuite = sandbox.async_ysuite(max_retries=0)
    hubspot: crmtasks.AsyncHubSpot = sandbox.async_hubspot(max_retries=0)
    assert_type(sandbox.async_keap(), crmtasks.AsyncKeap)
    assert_type(sandbox.async_apollo(), crmtasks.AsyncApollo)
    assert_type(sandbox.async_ysuite(), crmtasks.AsyncYSuite)
    assert_type(sandbox.async_hubspot(), crmtasks.AsyncHubSpot)
    return [
        len([task async for task in keap.tasks.list()]),
        len([task async for task in apollo.tasks.search()]),
        len([task async for task in ysuite.tasks.list()]),
        len([task async for task in hubspot.tasks.list()]),
    ]
