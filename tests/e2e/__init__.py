"""End to end: the public clients against the sandbox (served, or in-process with its faults) and Prism."""
