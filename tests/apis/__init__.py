"""Per-API tests: one API's behaviour, its spec against the vendor's documents, its generated client."""
