"""crmtasks: typed clients for the task APIs of Keap, Apollo.io and ySuite CRM.

The generated, spec-faithful clients are importable on their own as
``crmtasks_keap``, ``crmtasks_apollo`` and ``crmtasks_ysuite``.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
