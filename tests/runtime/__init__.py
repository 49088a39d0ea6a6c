"""Tests of the hand-written runtime in wrapper/crmtasks/_*.py: engine, retries, auth, transport, paging, reading."""
