"""The web console: GET / serves the page, /static/* its assets (shipped in kogata/server/console/)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

CONSOLE_DIR = Path(__file__).resolve().parent.parent / "console"

router = APIRouter()


@router.get("/", include_in_schema=False)
async def console_page():
    return FileResponse(CONSOLE_DIR / "index.html", media_type="text/html", headers={"Cache-Control": "no-cache"})


def install(app: FastAPI) -> None:
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=CONSOLE_DIR), name="console-static")
