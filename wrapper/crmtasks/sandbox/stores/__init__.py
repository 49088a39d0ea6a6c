"""The vendor stores of the sandbox: one module per API, each its ``STORE`` (a ``SpecStore`` subclass).

``crmtasks.sandbox`` finds an API's store here by the API's registry key.
"""
