package gzip

import "time"

// time0 is the modification time written in gzip headers (none, as gzip.compress with
// mtime=0), so that compressed output is reproducible.
var time0 = time.Time{}
