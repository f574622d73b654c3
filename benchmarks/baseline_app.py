"""The baseline of benchmarks/api.py: the same framework and server, answering a constant."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

app = FastAPI()
ANSWER = {"key": "untoc-wg-2017", "revision": 2, "changed": True,
          "operation": {"action": "add", "collection": "attendance",
                        "scope": {"category": "states_parties"}, "key": "ISL"}}


@app.put("/api/records/{key}/attendance/{category}/states/{code}")
async def mark_present(key: str, category: str, code: str) -> dict[str, Any]:
    return ANSWER


@app.delete("/api/records/{key}/attendance/{category}/states/{code}")
async def mark_absent(key: str, category: str, code: str) -> dict[str, Any]:
    return ANSWER
