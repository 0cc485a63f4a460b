import a.b as c
from . import (a)
from .a.b import c as d, e as f
from __future__ import annotations
import os, sys
