"""The APIs crmtasks knows: one entry each, read by everything that goes over all of them.

An entry is the key, the stem of ``specs/<key>.yaml``; the rest follows
from it: the generated package ``crmtasks_<key>``, whose ``clients`` module
holds the public client classes and the ``API`` definition the spec's
``x-client`` declares (names, credentials and their environment variables),
the public module ``crmtasks.<key>`` that serves them, the sandbox's
``crmtasks.sandbox.stores.<key>`` (its store) and the sandbox's URL prefix
``/<key>``. This module and the public modules are the face of the package:
the runtime under them never imports a generated package. The sandbox, the
tests and the noxfile enumerate APIs from here (the noxfile, which cannot
import crmtasks, from specs/).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from ._api import ApiDefinition

__all__ = ["REGISTRY", "RegisteredApi", "SpecVersion", "registered", "spec_versions"]


class SpecVersion(NamedTuple):
    """The spec a generated package was built from: its ``info.version`` and the SHA-256 of the spec file."""

    version: str
    sha256: str


@dataclass(frozen=True)
class RegisteredApi:
    """One API, by its key; its generated package declares the rest."""

    key: str

    @property
    def package(self) -> str:
        """The generated package."""
        return f"crmtasks_{self.key}"

    @property
    def definition(self) -> ApiDefinition:
        """The API as its generated package declares it (name, client classes, credentials)."""
        definition: ApiDefinition = importlib.import_module(f"{self.package}.clients").API
        return definition

    @property
    def client(self) -> str:
        """The name of the sync client, ``crmtasks.<client>``."""
        return self.definition.client

    @property
    def async_client(self) -> str:
        """The name of the async client, ``crmtasks.Async<client>``."""
        return f"Async{self.definition.client}"

    @property
    def spec_version(self) -> SpecVersion:
        """The spec the generated package was built from (its ``spec_data.SPEC_VERSION`` and ``SPEC_SHA256``)."""
        spec_data = self.definition.spec_data
        return SpecVersion(spec_data.SPEC_VERSION, spec_data.SPEC_SHA256)

    def client_class(self, flavour: str = "sync") -> Any:
        """The public client class, ``sync`` or ``async``."""
        module = importlib.import_module(f"{self.package}.clients")
        return getattr(module, self.client if flavour == "sync" else self.async_client)


REGISTRY: tuple[RegisteredApi, ...] = (
    RegisteredApi("keap"),
    RegisteredApi("apollo"),
    RegisteredApi("ysuite"),
    RegisteredApi("hubspot"),
)


def registered(key: str) -> RegisteredApi:
    """The entry of the API ``key`` (``keap``, ``apollo``, ``ysuite``, ``hubspot``)."""
    for api in REGISTRY:
        if api.key == key:
            return api
    raise KeyError(f"no API {key!r}; known: {', '.join(api.key for api in REGISTRY)}")


def spec_versions() -> dict[str, SpecVersion]:
    """Per API key, the spec its generated client was built from: ``{"keap": SpecVersion("2.0.0", "91dc..."), ...}``.

    ``version`` is the spec's ``info.version`` (the vendor's API version as the spec states it); ``sha256`` is the
    SHA-256 of ``specs/<key>.yaml`` as committed, so two builds from different spec files never look alike.
    """
    return {api.key: api.spec_version for api in REGISTRY}
