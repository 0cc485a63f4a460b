// Package stdlib is aio's standard library: one package per module (asyncio, math, sys,
// time, typing, …), each exporting its runtime.ModuleDef. RegisterAll makes all of them
// importable in an interpreter; the vm facade and cmd/aio call it.
package stdlib

import (
	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/abc"
	"github.com/aiolang/aio/stdlib/aiofiles"
	"github.com/aiolang/aio/stdlib/aiohttp"
	"github.com/aiolang/aio/stdlib/argparse"
	"github.com/aiolang/aio/stdlib/asyncio"
	"github.com/aiolang/aio/stdlib/atexit"
	"github.com/aiolang/aio/stdlib/base64"
	"github.com/aiolang/aio/stdlib/bisect"
	"github.com/aiolang/aio/stdlib/bs4"
	"github.com/aiolang/aio/stdlib/calendar"
	"github.com/aiolang/aio/stdlib/collections"
	"github.com/aiolang/aio/stdlib/contextlib"
	"github.com/aiolang/aio/stdlib/contextvars"
	"github.com/aiolang/aio/stdlib/copy"
	"github.com/aiolang/aio/stdlib/csv"
	"github.com/aiolang/aio/stdlib/dataclasses"
	"github.com/aiolang/aio/stdlib/datetime"
	"github.com/aiolang/aio/stdlib/decimal"
	"github.com/aiolang/aio/stdlib/enum"
	"github.com/aiolang/aio/stdlib/errno"
	"github.com/aiolang/aio/stdlib/fnmatch"
	"github.com/aiolang/aio/stdlib/fractions"
	"github.com/aiolang/aio/stdlib/functools"
	"github.com/aiolang/aio/stdlib/gc"
	"github.com/aiolang/aio/stdlib/getpass"
	"github.com/aiolang/aio/stdlib/glob"
	"github.com/aiolang/aio/stdlib/gzip"
	"github.com/aiolang/aio/stdlib/hashlib"
	"github.com/aiolang/aio/stdlib/heapq"
	"github.com/aiolang/aio/stdlib/html"
	"github.com/aiolang/aio/stdlib/inspect"
	"github.com/aiolang/aio/stdlib/io"
	"github.com/aiolang/aio/stdlib/itertools"
	"github.com/aiolang/aio/stdlib/json"
	"github.com/aiolang/aio/stdlib/keyword"
	"github.com/aiolang/aio/stdlib/logging"
	"github.com/aiolang/aio/stdlib/math"
	"github.com/aiolang/aio/stdlib/numbers"
	"github.com/aiolang/aio/stdlib/operator"
	"github.com/aiolang/aio/stdlib/os"
	"github.com/aiolang/aio/stdlib/pathlib"
	"github.com/aiolang/aio/stdlib/platform"
	"github.com/aiolang/aio/stdlib/pprint"
	"github.com/aiolang/aio/stdlib/queue"
	"github.com/aiolang/aio/stdlib/random"
	"github.com/aiolang/aio/stdlib/re"
	"github.com/aiolang/aio/stdlib/secrets"
	"github.com/aiolang/aio/stdlib/shutil"
	"github.com/aiolang/aio/stdlib/signal"
	"github.com/aiolang/aio/stdlib/socket"
	"github.com/aiolang/aio/stdlib/statistics"
	"github.com/aiolang/aio/stdlib/string"
	pystruct "github.com/aiolang/aio/stdlib/struct"
	"github.com/aiolang/aio/stdlib/subprocess"
	"github.com/aiolang/aio/stdlib/sys"
	"github.com/aiolang/aio/stdlib/tempfile"
	"github.com/aiolang/aio/stdlib/textwrap"
	"github.com/aiolang/aio/stdlib/threading"
	"github.com/aiolang/aio/stdlib/time"
	"github.com/aiolang/aio/stdlib/timeit"
	"github.com/aiolang/aio/stdlib/traceback"
	"github.com/aiolang/aio/stdlib/types"
	"github.com/aiolang/aio/stdlib/typing"
	"github.com/aiolang/aio/stdlib/unittest"
	"github.com/aiolang/aio/stdlib/urllib"
	"github.com/aiolang/aio/stdlib/uuid"
	"github.com/aiolang/aio/stdlib/warnings"
	"github.com/aiolang/aio/stdlib/weakref"
	"github.com/aiolang/aio/stdlib/zlib"
)

// Modules returns the definitions of every standard library module.
func Modules() []runtime.ModuleDef {
	defs := []runtime.ModuleDef{
		sys.Module,
		time.Module,
		math.Module,
		typing.Module,
		contextlib.Module,
		random.Module,
		collections.Module,
		functools.Module,
		itertools.Module,
		operator.Module,
		dataclasses.Module,
		uuid.Module,
		logging.Module,
		traceback.Module,
		datetime.Module,
		aiofiles.Module,
		aiohttp.Module,
		bs4.Module,
		json.Module,
		abc.Module,
		enum.Module,
		heapq.Module,
		bisect.Module,
		copy.Module,
		string.Module,
		statistics.Module,
		io.Module,
		os.Module,
		os.PathModule,
		types.Module,
		inspect.Module,
		fnmatch.Module,
		glob.Module,
		pathlib.Module,
		textwrap.Module,
		errno.Module,
		re.Module,
		hashlib.Module,
		base64.Module,
		secrets.Module,
		threading.Module,
		queue.Module,
		warnings.Module,
		pprint.Module,
		platform.Module,
		shutil.Module,
		tempfile.Module,
		signal.Module,
		csv.Module,
		gc.Module,
		numbers.Module,
		weakref.Module,
		atexit.Module,
		timeit.Module,
		urllib.Module,
		urllib.ParseModule,
		pystruct.Module,
		fractions.Module,
		contextvars.Module,
		unittest.Module,
		argparse.Module,
		decimal.Module,
		html.Module,
		subprocess.Module,
		zlib.Module,
		gzip.Module,
		getpass.Module,
		keyword.Module,
		calendar.Module,
		socket.Module,
	}
	return append(defs, asyncio.Modules...)
}

// RegisterAll makes every standard library module importable in the interpreter in.
func RegisterAll(in *runtime.Interp) {
	for _, def := range Modules() {
		in.RegisterModule(def)
	}
}
