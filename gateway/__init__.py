"""The pre-send gateway (``sendlint.gateway``): an HTTP proxy in front of messaging providers that calls
the same :func:`sendlint.evaluate` on rendered messages. Built in the gateway issue; see ARCHITECTURE.md."""
