"""doc"""
from __future__ import annotations
from __future__ import division
import os
def f():
    from __future__ import generators
