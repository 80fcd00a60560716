"""Template answers: approved Jinja2 replies per classifier label, their blanks filled by grounded
extraction from the inquiry."""

from .responder import Responder, Response
from .store import TemplateSet, TemplateStore, TemplatesNotFound, read_folder
from .template import ResponseTemplate, TemplateError

__all__ = ["Responder", "Response", "ResponseTemplate", "TemplateError", "TemplateSet", "TemplateStore",
           "TemplatesNotFound", "read_folder"]
