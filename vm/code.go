package vm

import (
	"fmt"
	"math/big"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

// CodeType is the type of code objects (what a function's __code__ is).
var CodeType = runtime.NewBuiltinType("code", "builtins", nil, false)

// Code is a compiled code object as the vm runs it: the compiler's *code.Code with its
// constants converted to runtime values once, and per-instruction caches.
type Code struct {
	*code.Code
	consts []runtime.Value
	// names is Code.Names, kept here so that eval loads it without going through *code.Code.
	names []string
	// instrs is the dispatch array the eval loop runs: Code.Code with superinstructions
	// (see quicken).
	instrs []code.Instr
	// cellIndex maps a cell variable that is also a parameter to its fast slot (Cell2Arg).
	nlocals int
	ncells  int
	// methodCache is the inline cache of LOAD_METHOD, LOAD_ATTR and STORE_ATTR (indexed by
	// pc; nil without any of them).
	methodCache []methodCacheEntry
	// globalCache remembers where LOAD_GLOBAL found each name (indexed like Names).
	globalCache []globalCacheEntry
	isGen       bool // generator, coroutine or async generator code
	// simple is set for a plain function (no generator, no *args, **kwargs, keyword-only
	// parameters or cells): a call with exactly ArgCount positional arguments just copies
	// them into the frame (see callSimple).
	simple bool
	// simpleArgs is ArgCount for simple code and -1 otherwise: one load tells a call that
	// only copies its arguments.
	simpleArgs int
	// plainCoro is set for an `async def` (a coroutine, not an async generator).
	plainCoro bool
	// posAt maps each pc to its row of Positions (-1: none), for tracebacks.
	posAt []int32
	// handlerAt maps each pc to its ExceptTable entry (-1: none); nil without handlers.
	handlerAt []int32
	// kwnames holds, for each constant that is a tuple of str, the names as Go strings (the
	// kwnames of CALL_KW), so calls with keywords convert nothing.
	kwnames [][]string
}

// globalCacheEntry remembers where LOAD_GLOBAL found a name: its entry position in the
// globals dict (gidx ≥ 0), or in builtins (gidx < 0, bidx) while globals lacks it. It is
// valid while both dicts are the same and their keys have not changed; the value itself
// is read from the entry each time, so assignments to the global are seen.
type globalCacheEntry struct {
	globals, builtins *runtime.Dict
	gver, bver        uint64
	gidx, bidx        int
}

// methodCacheEntry remembers the plain function a LOAD_METHOD found on the class typ of
// an instance (typ has no __getattribute__ or __getattr__); it is valid while typ's
// version is ver.
type methodCacheEntry struct {
	typ *runtime.Type
	ver uint64
	fn  runtime.Function
}

// Type returns code.
func (c *Code) Type() *runtime.Type { return CodeType }

// String returns CPython's repr of a code object.
func (c *Code) String() string {
	return fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>", c.Name, runtime.ID(c), c.Filename, c.FirstLine)
}

// NewCode converts a compiled code object (and the code objects nested in its constants)
// for execution.
func NewCode(c *code.Code) *Code {
	vc := &Code{Code: c, names: c.Names, nlocals: len(c.VarNames), ncells: c.NumCells()}
	vc.isGen = c.Flags&(code.FlagGenerator|code.FlagCoroutine|code.FlagAsyncGenerator) != 0
	vc.simple = !vc.isGen && vc.ncells == 0 && c.KwOnlyArgCount == 0 &&
		c.Flags&(code.FlagVarargs|code.FlagVarKeywords) == 0
	vc.simpleArgs = -1
	if vc.simple {
		vc.simpleArgs = c.ArgCount
	}
	vc.plainCoro = c.Flags&(code.FlagCoroutine|code.FlagAsyncGenerator) == code.FlagCoroutine
	vc.instrs = quicken(c)
	for _, in := range c.Code {
		if op := in.Op(); op == code.LOAD_METHOD || op == code.LOAD_ATTR || op == code.STORE_ATTR {
			vc.methodCache = make([]methodCacheEntry, len(c.Code))
			break
		}
	}
	vc.consts = make([]runtime.Value, len(c.Consts))
	vc.posAt = make([]int32, len(c.Code))
	row := -1
	for pc := range vc.posAt {
		for row+1 < len(c.Positions) && int(c.Positions[row+1].PC) <= pc {
			row++
		}
		vc.posAt[pc] = int32(row)
	}
	if len(c.ExceptTable) > 0 {
		vc.handlerAt = make([]int32, len(c.Code))
		for pc := range vc.handlerAt {
			vc.handlerAt[pc] = -1
		}
		for i, e := range c.ExceptTable {
			for pc := int(e.Start); pc < int(e.End) && pc < len(c.Code); pc++ {
				vc.handlerAt[pc] = int32(i)
			}
		}
	}
	for _, in := range c.Code {
		if in.Op() == code.LOAD_GLOBAL {
			vc.globalCache = make([]globalCacheEntry, len(c.Names))
			break
		}
	}
	for i, k := range c.Consts {
		vc.consts[i] = constValue(k)
		if t, ok := k.(code.Tuple); ok {
			names := make([]string, 0, len(t))
			for _, e := range t {
				if s, ok := e.(string); ok {
					names = append(names, s)
				}
			}
			if len(names) == len(t) {
				if vc.kwnames == nil {
					vc.kwnames = make([][]string, len(c.Consts))
				}
				vc.kwnames[i] = names
			}
		}
	}
	return vc
}

// constValue converts one compiler constant to a runtime value.
func constValue(k any) runtime.Value {
	switch x := k.(type) {
	case nil:
		return runtime.None
	case bool:
		return runtime.Bool(x)
	case int64:
		return runtime.Int(x)
	case int:
		return runtime.Int(x)
	case *big.Int:
		return runtime.IntFromBig(x)
	case float64:
		return runtime.Float(x)
	case complex128:
		return runtime.Complex(x)
	case string:
		return runtime.Str(x)
	case []byte:
		return runtime.Bytes(string(x))
	case code.Ellipsis:
		return runtime.Ellipsis
	case code.Tuple:
		t := make(runtime.Tuple, len(x))
		for i, e := range x {
			t[i] = constValue(e)
		}
		return t
	case *code.Code:
		return NewCode(x)
	}
	panic(fmt.Sprintf("vm: unknown constant %T", k))
}

// position returns the source position of the instruction at pc (a table lookup).
func (c *Code) position(pc int) code.PosEntry {
	if pc >= 0 && pc < len(c.posAt) {
		if row := c.posAt[pc]; row >= 0 {
			return c.Positions[row]
		}
		return code.PosEntry{}
	}
	return c.Position(pc)
}

// handler returns the exception table entry covering pc (a table lookup).
func (c *Code) handler(pc int) (code.ExceptEntry, bool) {
	if pc < 0 || pc >= len(c.handlerAt) {
		return code.ExceptEntry{}, false
	}
	if i := c.handlerAt[pc]; i >= 0 {
		return c.ExceptTable[i], true
	}
	return code.ExceptEntry{}, false
}
