import gzip
import statistics
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext


class Benchmark:
    """Server time (the whole Django request cycle, in-process) and SQL queries."""

    def __init__(self, client):
        self.client = client
        self.rows = []

    def measure(self, label, url, repeat=30, cold=False, **headers):
        """With cold=True the cache is emptied before every request (the first reader
        after a change); otherwise one request warms what every worker keeps."""
        self.client.get(url, **headers)
        times = []
        for _ in range(repeat):
            if cold:
                cache.clear()
            start = time.perf_counter()
            response = self.client.get(url, **headers)
            times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, url
        if cold:
            cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url, **headers)
        body = response.content
        gzipped = body if response.get("Content-Encoding") == "gzip" else gzip.compress(body)
        row = {
            "what": label,
            "p50_ms": statistics.median(times),
            "p95_ms": sorted(times)[int(len(times) * 0.95) - 1],
            "queries": len(queries),
            "kb": len(body) / 1024,
            "kb_gzip": len(gzipped) / 1024,
        }
        self.rows.append(row)
        return row

    def print_table(self, title):
        print(f"\n{title}")
        print(f"{'what':48} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'KB':>8} {'KB gzip':>8}")
        for row in self.rows:
            print(
                f"{row['what']:48} {row['p50_ms']:8.1f} {row['p95_ms']:8.1f} {row['queries']:8d} "
                f"{row['kb']:8.1f} {row['kb_gzip']:8.1f}"
            )


@pytest.fixture
def benchmark_client(client):
    return Benchmark(client)
