package vm

import (
	"unsafe"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

// eval runs frame f from its saved pc until it returns, yields or raises, and with it the
// frames f calls or resumes inline (see inline_call.go): those run in this same loop. If
// throw is not nil, it is raised in the frame first, at the instruction before the saved
// pc (where a suspended generator stopped). yielded reports a suspension of f at
// YIELD_VALUE: the frame's pc and stack are saved and v is the value yielded.
func eval(th *runtime.Thread, f *Frame, throw error) (v runtime.Value, yielded bool, err error) {
	// ts, the vm's state of this thread, is nil on threads the vm did not create: calls
	// there re-enter eval.
	ts, _ := th.Local.(*threadState)
	var bx *evalState
	if f.ts != nil {
		bx = &f.ts.box
	} else if ts != nil {
		bx = &ts.box
	}
	var ferr error // the error being raised
	addTB := true  // whether the raising instruction adds a traceback entry
	var in code.Instr
	// an instruction with an int result ir jumps to boxInt to store it in *dst
	var ir runtime.Int
	var dst *runtime.Value
	// a BINARY_OP, fused or not, jumps to binOp with its operands va and vb (popped, or
	// never pushed) and pc after the BINARY_OP
	var va, vb runtime.Value
	// and a float result fr goes to boxFloat, to be pushed
	var fr float64
	// an int comparison (op ≤ CmpGe) whose operands ca and cb are popped jumps to
	// cmpInt, with pc after the COMPARE_OP
	var ca, cb runtime.Int

	if throw != nil {
		exc := runtime.AsException(throw)
		pc, sp, ok := f.unwind(th, exc, f.pc-1, true, false, f.sp)
		if !ok {
			return nil, false, exc
		}
		f.pc, f.sp = pc, sp
	}

	// The outer loop runs once per frame switch (an inline call, return or exception
	// leaving a frame, see enterCall): it loads the registers of the running frame f,
	// which the inner loop (one iteration per instruction) never changes, and raises
	// ferr in f when an exception left the frame f had called. (Registers that the inner
	// loop changed would be loop-carried values that Go spills on every instruction.)
frames:
	for {
		co := f.code
		ip := unsafe.Pointer(unsafe.SliceData(co.instrs))
		fast := f.fast
		stack := f.stack
		sp := f.sp
		pc := f.pc
		if ferr != nil {
			exc := runtime.AsException(ferr)
			var ok bool
			pc, sp, ok = f.unwind(th, exc, pc-1, true, true, sp)
			if !ok {
				if f.entry == enteredByEval {
					return nil, false, exc
				}
				f, ferr = ts.leave(th, f, exc)
				continue
			}
			ferr = nil
		}

		for {
			in = instrAt(ip, pc)
			pc++
			switch in.Op() {
			case code.NOP:
				continue

			case code.POP_TOP:
				sp--
				switch g := stack[sp].(type) {
				case *Coroutine:
					if !g.started && !g.closed {
						warnNeverAwaited(th, g, f, pc-1)
					}
				case *Generator:
					if g.ephemeral && g.started && !g.finished {
						f.pc = pc
						if err := g.Close(th); err != nil {
							stack[sp] = nil
							ferr = err
							goto fail
						}
					}
				case *AsyncGenerator:
					if g.ephemeral {
						g.finalize(th)
					}
				case *runtime.Task:
					runtime.TaskDropped(th, g)
				}
				stack[sp] = nil
				continue

			case code.COPY:
				stack[sp] = stack[sp-int(in.Arg())]
				sp++
				continue

			case code.SWAP:
				i := sp - int(in.Arg())
				stack[sp-1], stack[i] = stack[i], stack[sp-1]
				continue

			case code.PUSH_NULL:
				stack[sp] = nil
				sp++
				continue

			case code.LOAD_CONST:
				stack[sp] = co.consts[in.Arg()]
				sp++
				continue

			case code.LOAD_FAST:
				x := fast[in.Arg()]
				if x == nil {
					ferr = runtime.UnboundLocalError(co.VarNames[in.Arg()])
					goto fail
				}
				stack[sp] = x
				sp++
				continue

			case code.STORE_FAST:
				sp--
				fast[in.Arg()] = stack[sp]
				stack[sp] = nil
				continue

			case opLoadFastDisown:
				x := fast[in.Arg()]
				if x == nil {
					ferr = runtime.UnboundLocalError(co.VarNames[in.Arg()])
					goto fail
				}
				f.owned &^= 1 << in.Arg()
				stack[sp] = x
				sp++
				continue

			case opStoreFastDisown:
				sp--
				fast[in.Arg()] = stack[sp]
				stack[sp] = nil
				f.owned &^= 1 << in.Arg()
				continue

			case opLoadFastLoadFast:
				x := fast[in.Arg()]
				if x == nil {
					ferr = runtime.UnboundLocalError(co.VarNames[in.Arg()])
					goto fail
				}
				stack[sp] = x
				sp++
				in = instrAt(ip, pc)
				pc++
				x = fast[in.Arg()]
				if x == nil {
					ferr = runtime.UnboundLocalError(co.VarNames[in.Arg()])
					goto fail
				}
				stack[sp] = x
				sp++
				continue

			case opLoadFastLoadConst:
				x := fast[in.Arg()]
				if x == nil {
					ferr = runtime.UnboundLocalError(co.VarNames[in.Arg()])
					goto fail
				}
				stack[sp] = x
				stack[sp+1] = co.consts[instrAt(ip, pc).Arg()]
				sp += 2
				pc++
				continue

			case opLoadFastConstBinary:
				if va = fast[in.Arg()]; va == nil {
					ferr = runtime.UnboundLocalError(co.VarNames[in.Arg()])
					goto fail
				}
				vb = co.consts[instrAt(ip, pc).Arg()]
				pc += 2
				goto binOp

			case opLoadFastConstCompare:
				x := fast[in.Arg()]
				if x == nil {
					ferr = runtime.UnboundLocalError(co.VarNames[in.Arg()])
					goto fail
				}
				k := co.consts[instrAt(ip, pc).Arg()]
				if a, ok := x.(runtime.Int); ok {
					if b, ok := k.(runtime.Int); ok {
						ca, cb = a, b
						pc += 2
						goto cmpInt
					}
				}
				stack[sp] = x
				stack[sp+1] = k
				sp += 2
				pc++
				continue

			case opLoadFastFastBinary:
				if va = fast[in.Arg()]; va == nil {
					ferr = runtime.UnboundLocalError(co.VarNames[in.Arg()])
					goto fail
				}
				if vb = fast[instrAt(ip, pc).Arg()]; vb == nil {
					pc++
					ferr = runtime.UnboundLocalError(co.VarNames[instrAt(ip, pc-1).Arg()])
					goto fail
				}
				pc += 2
				goto binOp

			case opLoadFastFastCompare:
				x := fast[in.Arg()]
				if x == nil {
					ferr = runtime.UnboundLocalError(co.VarNames[in.Arg()])
					goto fail
				}
				k := fast[instrAt(ip, pc).Arg()]
				if k == nil {
					pc++
					ferr = runtime.UnboundLocalError(co.VarNames[instrAt(ip, pc-1).Arg()])
					goto fail
				}
				if a, ok := x.(runtime.Int); ok {
					if b, ok := k.(runtime.Int); ok {
						ca, cb = a, b
						pc += 2
						goto cmpInt
					}
				}
				stack[sp] = x
				stack[sp+1] = k
				sp += 2
				pc++
				continue

			case opLoadFastLoadAttr:
				x := fast[in.Arg()]
				if x == nil {
					ferr = runtime.UnboundLocalError(co.VarNames[in.Arg()])
					goto fail
				}
				in = instrAt(ip, pc)
				pc++
				stack[sp] = x
				sp++
				if o, ok := x.(*runtime.Object); ok {
					if v := loadAttrCached(co, pc-1, o, co.names[in.Arg()]); v != nil {
						stack[sp-1] = v
						continue
					}
				}
				f.pc = pc // (a getter may read the frame's line: f_lineno, warnings)
				x, err := runtime.GetAttr(th, x, co.names[in.Arg()])
				if err != nil {
					ferr = err
					goto fail
				}
				stack[sp-1] = x
				continue

			case opStoreFastLoadFast:
				sp--
				fast[in.Arg()] = stack[sp]
				in = instrAt(ip, pc)
				pc++
				x := fast[in.Arg()]
				if x == nil {
					stack[sp] = nil
					ferr = runtime.UnboundLocalError(co.VarNames[in.Arg()])
					goto fail
				}
				stack[sp] = x
				sp++
				continue

			case code.DELETE_FAST, code.LOAD_NAME, code.STORE_NAME, code.STORE_GLOBAL, code.LOAD_CLOSURE,
				code.LIST_TO_TUPLE, code.LOAD_ASSERTION_ERROR, code.CALL_KW, code.CALL_METHOD_KW:
				nf, nsp, err := f.warmOp(th, ts, bx, in, pc, sp)
				sp = nsp
				if err != nil {
					ferr = err
					goto fail
				}
				if nf != nil {
					f = nf
					continue frames
				}
				continue

			case code.LOAD_GLOBAL:
				e := &co.globalCache[in.Arg()]
				if e.globals == f.globals && e.gver == f.globals.KeysVersion() {
					if e.gidx >= 0 {
						stack[sp] = f.globals.ValueAt(e.gidx)
						sp++
						continue
					}
					if e.builtins == f.builtins && e.bver == f.builtins.KeysVersion() {
						stack[sp] = f.builtins.ValueAt(e.bidx)
						sp++
						continue
					}
				}
				x, err := f.loadGlobal(e, co.names[in.Arg()])
				if err != nil {
					ferr = err
					goto fail
				}
				stack[sp] = x
				sp++
				continue

			case code.LOAD_DEREF:
				x := f.cells[in.Arg()].V
				if x == nil {
					ferr = f.derefError(int(in.Arg()))
					goto fail
				}
				stack[sp] = x
				sp++
				continue

			case code.STORE_DEREF:
				sp--
				f.cells[in.Arg()].V = stack[sp]
				stack[sp] = nil
				continue

			case code.LOAD_ATTR:
				if o, ok := stack[sp-1].(*runtime.Object); ok {
					if v := loadAttrCached(co, pc-1, o, co.names[in.Arg()]); v != nil {
						stack[sp-1] = v
						continue
					}
				}
				f.pc = pc
				x, err := runtime.GetAttr(th, stack[sp-1], co.names[in.Arg()])
				if err != nil {
					ferr = err
					goto fail
				}
				stack[sp-1] = x
				continue

			case code.STORE_ATTR:
				if o, ok := stack[sp-1].(*runtime.Object); ok {
					if storeAttrCached(co, pc-1, o, co.names[in.Arg()], stack[sp-2]) {
						sp -= 2
						stack[sp], stack[sp+1] = nil, nil
						continue
					}
				}
				if err := runtime.SetAttr(th, stack[sp-1], co.names[in.Arg()], stack[sp-2]); err != nil {
					ferr = err
					goto fail
				}
				sp -= 2
				stack[sp], stack[sp+1] = nil, nil
				continue

			case opLoadFastLoadMethod:
				x := fast[in.Arg()]
				if x == nil {
					ferr = runtime.UnboundLocalError(co.VarNames[in.Arg()])
					goto fail
				}
				in = instrAt(ip, pc)
				pc++
				stack[sp] = x
				sp++
				fallthrough

			case code.LOAD_METHOD:
				obj := stack[sp-1]
				if o, ok := obj.(*runtime.Object); ok {
					if fn := lookupMethodCached(co, pc-1, o, co.names[in.Arg()]); fn != nil {
						stack[sp-1] = fn
						stack[sp] = obj
						sp++
						continue
					}
				}
				m, self, err := runtime.LookupMethod(th, obj, co.names[in.Arg()])
				if err != nil {
					ferr = err
					goto fail
				}
				stack[sp-1] = m
				if self {
					stack[sp] = obj
				} else {
					stack[sp] = nil
				}
				sp++
				continue

			case code.BINARY_SUBSCR:
				container, key := stack[sp-2], stack[sp-1]
				if l, ok := container.(*runtime.List); ok {
					if i, ok := key.(runtime.Int); ok {
						n := runtime.Int(len(l.Items))
						if i < 0 {
							i += n
						}
						if i >= 0 && i < n {
							sp--
							stack[sp] = nil
							stack[sp-1] = l.Items[i]
							continue
						}
					}
				}
				x, err := runtime.GetItem(th, container, key)
				if err != nil {
					ferr = err
					goto fail
				}
				sp--
				stack[sp] = nil
				stack[sp-1] = x
				continue

			case code.STORE_SUBSCR:
				if err := runtime.SetItem(th, stack[sp-2], stack[sp-1], stack[sp-3]); err != nil {
					ferr = err
					goto fail
				}
				sp -= 3
				stack[sp], stack[sp+1], stack[sp+2] = nil, nil, nil
				continue

			case code.UNARY_POSITIVE, code.UNARY_NEGATIVE, code.UNARY_INVERT:
				a := stack[sp-1]
				if in.Op() == code.UNARY_NEGATIVE {
					if i, ok := a.(runtime.Int); ok && i != -i {
						stack[sp-1] = bx.int(-i)
						continue
					}
				}
				x, err := runtime.Unary(th, unaryOps[in.Op()-code.UNARY_POSITIVE], a)
				if err != nil {
					ferr = err
					goto fail
				}
				stack[sp-1] = x
				continue

			case code.UNARY_NOT:
				a := stack[sp-1]
				if b, ok := a.(runtime.Bool); ok {
					stack[sp-1] = !b
					continue
				}
				t, err := runtime.Truth(th, a)
				if err != nil {
					ferr = err
					goto fail
				}
				stack[sp-1] = runtime.Bool(!t)
				continue

			case opInplaceStoreFast:
				// the common int and float operations store their result in place (see
				// owned.go); anything else pushes it for the opStoreFastDisown at pc
				sp -= 2
				va, vb = stack[sp], stack[sp+1]
				stack[sp], stack[sp+1] = nil, nil
				if a, ok := va.(runtime.Int); ok {
					if b, ok := vb.(runtime.Int); ok {
						switch code.BinaryOp(in.Arg()) {
						case code.BinInplaceAdd:
							ir, ok = intAdd(a, b)
						case code.BinInplaceSub:
							ir, ok = intSub(a, b)
						case code.BinInplaceMul:
							ir, ok = intMul(a, b)
						default:
							ok = false
						}
						if ok {
							goto storeOwnedInt
						}
					}
				} else if a, ok := va.(runtime.Float); ok {
					if b, ok := vb.(runtime.Float); ok {
						switch code.BinaryOp(in.Arg()) {
						case code.BinInplaceAdd:
							fr = float64(a + b)
							goto storeOwnedFloat
						case code.BinInplaceSub:
							fr = float64(a - b)
							goto storeOwnedFloat
						case code.BinInplaceMul:
							fr = float64(a * b)
							goto storeOwnedFloat
						}
					}
				}
				goto binOp

			case code.BINARY_OP:
				sp -= 2
				va, vb = stack[sp], stack[sp+1]
				stack[sp], stack[sp+1] = nil, nil
				goto binOp

			case code.COMPARE_OP:
				a, b := stack[sp-2], stack[sp-1]
				op := code.CompareOp(in.Arg())
				var x runtime.Value
				if op <= code.CmpGe {
					if ia, ok := a.(runtime.Int); ok {
						if ib, ok := b.(runtime.Int); ok {
							ca, cb = ia, ib
							sp -= 2
							stack[sp], stack[sp+1] = nil, nil
							goto cmpInt
						}
					}
					if fa, ok := a.(runtime.Float); ok {
						if fb, ok := asFloat(b); ok {
							sp--
							stack[sp] = nil
							stack[sp-1] = runtime.Bool(floatCompare(op, float64(fa), fb))
							continue
						}
					}
				}
				f.owned = 0 // (user code may keep the operands, see owned.go)
				switch op {
				case code.CmpIs:
					x = runtime.Bool(runtime.Is(a, b))
				case code.CmpIsNot:
					x = runtime.Bool(!runtime.Is(a, b))
				case code.CmpIn, code.CmpNotIn:
					ok, err := runtime.Contains(th, b, a)
					if err != nil {
						ferr = err
						goto fail
					}
					x = runtime.Bool(ok == (op == code.CmpIn))
				default:
					var err error
					x, err = runtime.Compare(th, runtime.CompareOp(op), a, b)
					if err != nil {
						ferr = err
						goto fail
					}
				}
				sp--
				stack[sp] = nil
				stack[sp-1] = x
				continue

			case code.JUMP:
				pc = int(in.Arg())
				continue

			case code.JUMP_BACKWARD:
				// (without a step limit only an interrupt request needs the call)
				if bx != nil && bx.limited && (bx.steps != -1<<63 || bx.intr.Load()) {
					if err := bx.step(); err != nil {
						ferr = err
						goto fail
					}
				}
				pc = int(in.Arg())
				continue

			case opStoreFastJump:
				sp--
				fast[in.Arg()] = stack[sp]
				stack[sp] = nil
				pc++ // (the JUMP_BACKWARD raises an interrupt)
				if bx != nil && bx.limited && (bx.steps != -1<<63 || bx.intr.Load()) {
					if err := bx.step(); err != nil {
						ferr = err
						goto fail
					}
				}
				pc = int(instrAt(ip, pc-1).Arg())
				continue

			case opLoadConstBinary:
				sp--
				va, vb = stack[sp], co.consts[in.Arg()]
				stack[sp] = nil
				pc++
				goto binOp

			case opLoadConstCompare:
				k := co.consts[in.Arg()]
				if a, ok := stack[sp-1].(runtime.Int); ok {
					if b, ok := k.(runtime.Int); ok {
						ca, cb = a, b
						sp--
						stack[sp] = nil
						pc++
						goto cmpInt
					}
				}
				stack[sp] = k
				sp++
				continue

			case code.POP_JUMP_IF_FALSE, code.POP_JUMP_IF_TRUE:
				sp--
				cond := stack[sp]
				stack[sp] = nil
				var t bool
				if b, ok := cond.(runtime.Bool); ok {
					t = bool(b)
				} else {
					var err error
					t, err = runtime.Truth(th, cond)
					if err != nil {
						ferr = err
						goto fail
					}
				}
				if t == (in.Op() == code.POP_JUMP_IF_TRUE) {
					pc = int(in.Arg())
				}
				continue

			case code.POP_JUMP_IF_NONE:
				sp--
				if stack[sp] == runtime.None {
					pc = int(in.Arg())
				}
				stack[sp] = nil
				continue

			case code.POP_JUMP_IF_NOT_NONE:
				sp--
				if stack[sp] != runtime.None {
					pc = int(in.Arg())
				}
				stack[sp] = nil
				continue

			case code.JUMP_IF_FALSE_OR_POP, code.JUMP_IF_TRUE_OR_POP:
				cond := stack[sp-1]
				var t bool
				if b, ok := cond.(runtime.Bool); ok {
					t = bool(b)
				} else {
					var err error
					t, err = runtime.Truth(th, cond)
					if err != nil {
						ferr = err
						goto fail
					}
				}
				if t == (in.Op() == code.JUMP_IF_TRUE_OR_POP) {
					pc = int(in.Arg())
				} else {
					sp--
					stack[sp] = nil
				}
				continue

			case code.GET_ITER:
				if r, ok := stack[sp-1].(*runtime.Range); ok {
					stack[sp-1] = &rangeIter{cur: r.Start, step: r.Step, n: r.Len()}
					continue
				}
				if g, ok := stack[sp-1].(*Generator); ok {
					g.ephemeral = pc >= 2 && isCallOp(instrAt(ip, pc-2).Op()) && g.serial > f.callSerial
					continue
				}
				it, err := runtime.Iter(th, stack[sp-1])
				if err != nil {
					ferr = err
					goto fail
				}
				stack[sp-1] = it
				continue

			case code.FOR_ITER, opForIterStoreFast, opForIterStoreOwned:
				if ri, ok := stack[sp-1].(*rangeIter); ok {
					if ri.n <= 0 {
						sp--
						stack[sp] = nil
						pc = int(in.Arg())
						continue
					}
					ir = runtime.Int(ri.cur)
					ri.cur += ri.step
					ri.n--
					switch in.Op() {
					case opForIterStoreFast:
						dst = &fast[instrAt(ip, pc).Arg()]
						pc++
						goto boxInt
					case opForIterStoreOwned:
						goto storeOwnedInt
					}
					dst = &stack[sp]
					sp++
					goto boxInt
				}
				var x runtime.Value
				var ok bool
				var err error
				if g, isGen := stack[sp-1].(*Generator); isGen {
					f.pc = pc
					if ts != nil && !g.running && !g.finished && !g.closed {
						var t int32 // (a superinstruction starting at the STORE_FAST keeps its argument)
						switch in.Op() {
						case opForIterStoreFast:
							t = int32(instrAt(ip, pc).Arg()) + 1
						case opForIterStoreOwned:
							t = -int32(instrAt(ip, pc).Arg()) - 1
						}
						nf, err := ts.enterGen(th, f, &g.genBase, enteredByForIter, t)
						if err != nil {
							ferr = err
							goto fail
						}
						f.sp = sp
						f = nf
						continue frames
					}
					var st runtime.SendStatus
					x, st, err = g.send(th, runtime.None)
					ok = st == runtime.Yielded
				} else if it, isIt := stack[sp-1].(runtime.Iterator); isIt {
					f.pc = pc
					x, ok, err = it.Next(th)
				} else {
					x, ok, err = runtime.Next(th, stack[sp-1])
				}
				if err != nil {
					ferr = err
					goto fail
				}
				if !ok {
					sp--
					stack[sp] = nil
					pc = int(in.Arg())
					continue
				}
				if in.Op() != code.FOR_ITER {
					a := instrAt(ip, pc).Arg()
					fast[a] = x
					pc++
					if in.Op() == opForIterStoreOwned {
						f.owned &^= 1 << a
					}
					continue
				}
				stack[sp] = x
				sp++
				continue

			case code.BUILD_TUPLE:
				n := int(in.Arg())
				t := make(runtime.Tuple, n)
				copy(t, stack[sp-n:sp])
				dropSlots(stack, sp-n, sp)
				sp -= n
				stack[sp] = t
				sp++
				continue

			case code.BUILD_LIST:
				n := int(in.Arg())
				items := make([]runtime.Value, n)
				copy(items, stack[sp-n:sp])
				dropSlots(stack, sp-n, sp)
				sp -= n
				stack[sp] = runtime.NewList(items)
				sp++
				continue

			case code.LIST_APPEND:
				sp--
				l := stack[sp-int(in.Arg())].(*runtime.List)
				l.Items = append(l.Items, stack[sp])
				stack[sp] = nil
				continue

			case code.CALL, opCallAwaited:
				n := int(in.Arg())
				base := sp - n - 1
				f.pc = pc
				if bx != nil {
					f.callSerial = bx.genSerial
				}
				var x runtime.Value
				var err error
				switch callee := stack[base].(type) {
				case *runtime.Type:
					if callee.IsHeap() {
						if ts != nil {
							if initFn, solid := plainInit(callee); initFn != nil && !initFn.code.isGen {
								var nf *Frame
								if nf, err = ts.enterInit(th, f, callee, solid, initFn, stack[base:sp], nil); err == nil {
									dropSlots(stack, base, sp)
									f.sp = base
									f = nf
									continue frames
								}
								dropSlots(stack, base, sp)
								sp = base
								ferr = err
								goto fail
							}
						}
						x, err = construct(th, callee, stack[base:sp], nil)
					} else {
						x, err = callValue(th, callee, stack[base+1:sp], nil)
					}
				case *Function:
					if ts != nil {
						var nf *Frame
						var err error
						if !callee.code.isGen {
							nf, err = ts.enterCall(th, f, callee, stack[base+1:sp], nil)
						} else if in.Op() == opCallAwaited && isPlainCoroutineFunction(callee) {
							nf, err = ts.enterAwait(th, f, callee, stack[base+1:sp], nil)
						} else {
							nf, err = ts.enterGenFunction(th, f, callee, stack[base+1:sp], nil)
						}
						if err != nil {
							dropSlots(stack, base, sp)
							sp = base
							ferr = err
							goto fail
						}
						if nf != nil {
							dropSlots(stack, base, sp)
							f.sp = base
							f = nf
							continue frames
						}
					}
					x, err = callFunction(th, callee, stack[base+1:sp], nil)
				default:
					x, err = callValue(th, callee, stack[base+1:sp], nil)
				}
				dropSlots(stack, base, sp)
				sp = base
				if err != nil {
					ferr = err
					goto fail
				}
				stack[sp] = x
				sp++
				continue

			case code.CALL_METHOD:
				n := int(in.Arg())
				base := sp - n - 2
				first := base + 1
				if stack[first] == nil {
					first++
				}
				f.pc = pc
				if bx != nil {
					f.callSerial = bx.genSerial
				}
				if callee, ok := stack[base].(*Function); ok && ts != nil {
					var nf *Frame
					var err error
					if !callee.code.isGen {
						nf, err = ts.enterCall(th, f, callee, stack[first:sp], nil)
					} else {
						nf, err = ts.enterGenFunction(th, f, callee, stack[first:sp], nil)
					}
					if err != nil {
						dropSlots(stack, base, sp)
						sp = base
						ferr = err
						goto fail
					}
					if nf != nil {
						dropSlots(stack, base, sp)
						f.sp = base
						f = nf
						continue frames
					}
				}
				x, err := callValue(th, stack[base], stack[first:sp], nil)
				dropSlots(stack, base, sp)
				sp = base
				if err != nil {
					ferr = err
					goto fail
				}
				stack[sp] = x
				sp++
				continue

			case code.RETURN_VALUE, opLoadFastReturn, opLoadConstReturn:
				var x runtime.Value
				switch in.Op() {
				case code.RETURN_VALUE:
					sp--
					x = stack[sp]
					stack[sp] = nil
				case opLoadFastReturn:
					if x = fast[in.Arg()]; x == nil {
						ferr = runtime.UnboundLocalError(co.VarNames[in.Arg()])
						goto fail
					}
					pc++
				default:
					x = co.consts[in.Arg()]
					pc++
				}
				if f.entry != enteredByEval {
					switch f.entry {
					case enteredByForIter:
						f = ts.leaveGenDone(th, f)
						forIterExit(f)
						continue frames
					case enteredByAwait:
						f = ts.leaveAwait(th, f, x)
						continue frames
					case enteredByAnext:
						f = ts.leaveGenDone(th, f)
						anextGen(f).runningAsync = false
						ferr = runtime.NewException(runtime.StopAsyncIterationType, "")
						continue frames
					}
					self := f.initSelf
					f = ts.leaveCall(th, f)
					if self != nil {
						if !isNone(x) {
							ferr = errInitResult(x)
							continue frames
						}
						x = self
					}
					f.stack[f.sp] = x
					f.sp++
					continue frames
				}
				f.sp = sp
				f.pc = pc
				return x, false, nil

			case code.RAISE_VARARGS:
				switch in.Arg() {
				case 0:
					if th.Handling == nil {
						ferr = runtime.RuntimeErrorf("No active exception to reraise")
						goto fail
					}
					ferr = th.Handling
					addTB = false
					goto fail
				case 1:
					sp--
					exc, err := makeException(th, stack[sp], "exceptions")
					stack[sp] = nil
					if err != nil {
						ferr = err
						goto fail
					}
					chainContext(th, exc)
					ferr = exc
					goto fail
				default:
					sp -= 2
					exc, err := makeException(th, stack[sp], "exceptions")
					if err != nil {
						stack[sp], stack[sp+1] = nil, nil
						ferr = err
						goto fail
					}
					causeV := stack[sp+1]
					stack[sp], stack[sp+1] = nil, nil
					if causeV == runtime.None {
						exc.Cause = nil
					} else {
						cause, err := makeException(th, causeV, "exception causes")
						if err != nil {
							ferr = err
							goto fail
						}
						exc.Cause = cause
					}
					exc.SuppressContext = true
					chainContext(th, exc)
					ferr = exc
					goto fail
				}

			case code.RERAISE:
				sp--
				ferr = stack[sp].(*runtime.Exception)
				stack[sp] = nil
				addTB = false
				goto fail

			case code.PUSH_EXC_INFO:
				exc := stack[sp-1]
				if th.Handling != nil {
					stack[sp-1] = th.Handling
				} else {
					stack[sp-1] = runtime.None
				}
				stack[sp] = exc
				sp++
				th.Handling, _ = exc.(*runtime.Exception)
				f.excDepth++
				continue

			case code.POP_EXCEPT:
				sp--
				th.Handling, _ = stack[sp].(*runtime.Exception)
				stack[sp] = nil
				if f.excDepth > 0 {
					f.excDepth--
				}
				continue

			case code.YIELD_VALUE, opLoadFastYield:
				var x runtime.Value
				yieldFrom := false
				var own uint64 // the bit of the owned slot yielded (see owned.go)
				if in.Op() == opLoadFastYield {
					if x = fast[in.Arg()]; x == nil {
						ferr = runtime.UnboundLocalError(co.VarNames[in.Arg()])
						goto fail
					}
					own = f.owned & (1 << in.Arg())
					pc++
				} else {
					sp--
					x = stack[sp]
					stack[sp] = nil
					yieldFrom = in.Arg() != 0
				}
				f.sp = sp
				f.pc = pc
				if g := f.gen; g != nil {
					g.yieldFrom = yieldFrom
				}
				switch f.entry {
				case enteredByForIter:
					gf := f
					var copied bool
					if f, copied = ts.leaveForIterYield(th, f, x); !copied {
						gf.owned &^= own
					}
					continue frames
				case enteredByAwait:
					f.owned &^= own
					f = ts.suspendAwait(th, f, x, yieldFrom)
					continue frames
				case enteredByAnext:
					gf := f
					var copied bool
					if f, copied = ts.leaveAnextYield(th, f, x); !copied {
						gf.owned &^= own
					}
					continue frames
				}
				f.owned &^= own
				return x, true, nil

			case code.SEND:
				recv, x := stack[sp-2], stack[sp-1]
				f.pc = pc
				res, status, err := sendTo(th, recv, x)
				if err != nil {
					sp--
					stack[sp] = nil
					ferr = err
					goto fail
				}
				if status == runtime.Returned {
					sp--
					stack[sp] = nil
					stack[sp-1] = res
					pc = int(in.Arg())
					continue
				}
				stack[sp-1] = res
				continue

			case code.GET_ANEXT:
				// async for over a native async generator: step its frame directly (the
				// fused GET_ANEXT, LOAD_CONST None, SEND); anything else goes the long way
				if ag, ok := stack[sp-1].(*AsyncGenerator); ok {
					if !ag.hooksInit { // (initHooks, which eval is too big to inline)
						ag.firstIter(th)
					}
					if (in.Arg() == anextFused || fuseAnext(co, pc)) && ag.loopReady() {
						exit := int(instrAt(ip, pc+1).Arg()) // the SEND's
						pc += 2                              // at the YIELD_VALUE, as if the SEND had run
						f.pc = pc
						if ts != nil {
							ag.runningAsync = true
							nf, err := ts.enterGen(th, f, &ag.genBase, enteredByAnext, int32(exit))
							if err != nil {
								ag.runningAsync = false
								ferr = err
								goto fail
							}
							f.sp = sp
							f = nf
							continue frames
						}
						x, aw, err := ag.loopStep(th)
						if err != nil {
							ferr = err
							goto fail
						}
						if aw == nil {
							stack[sp] = x
							sp++
							pc = exit
							continue
						}
						stack[sp], stack[sp+1] = aw, x
						sp += 2
						continue
					}
				}
				var err error
				sp, err = f.coldOp(th, bx, in, pc, sp)
				if err != nil {
					ferr = err
					goto fail
				}
				continue

			case code.END_ASYNC_FOR:
				exc, _ := stack[sp-1].(*runtime.Exception)
				if exc != nil && exc.Type().IsSubtype(runtime.StopAsyncIterationType) {
					sp -= 2
					stack[sp], stack[sp+1] = nil, nil
					continue
				}
				sp--
				stack[sp] = nil
				ferr = exc
				addTB = false
				goto fail

			default:
				var err error
				sp, err = f.coldOp(th, bx, in, pc, sp)
				if err != nil {
					ferr = err
					goto fail
				}
				continue
			}

		fail:
			{
				var ok bool
				exc := runtime.AsException(ferr)
				pc, sp, ok = f.unwind(th, exc, pc-1, addTB, true, sp)
				if !ok {
					if f.entry == enteredByEval {
						return nil, false, exc
					}
					// the exception leaves an inline frame: raise it in the caller, at
					// its call (or FOR_ITER) instruction
					f, ferr = ts.leave(th, f, exc)
					addTB = true
					continue frames
				}
				ferr = nil
				addTB = true
			}
			continue

		binOp:
			// va op vb, op being the argument of the BINARY_OP at pc-1 (quickened only
			// to opInplaceStoreFast); the result is pushed. Int and float arithmetic that
			// needs no exception boxes in eval (boxInt, boxFloat); anything else takes
			// the general protocol.
			{
				op := code.BinaryOp(instrAt(ip, pc-1).Arg())
				if a, ok := va.(runtime.Int); ok {
					if b, ok := vb.(runtime.Int); ok {
						var ok bool
						switch op.Plain() {
						case code.BinAdd:
							ir, ok = intAdd(a, b)
						case code.BinSub:
							ir, ok = intSub(a, b)
						case code.BinMul:
							ir, ok = intMul(a, b)
						case code.BinMod:
							if b > 0 {
								ir, ok = floorMod(a, b), true
							}
						case code.BinFloorDiv:
							if b > 0 {
								ir, ok = floorDiv(a, b), true
							}
						case code.BinAnd:
							ir, ok = a&b, true
						case code.BinOr:
							ir, ok = a|b, true
						case code.BinXor:
							ir, ok = a^b, true
						}
						if ok {
							dst = &stack[sp]
							sp++
							goto boxInt
						}
					}
				}
				// float op float, or with an int that converts exactly
				fa, aok := va.(runtime.Float)
				fb, bok := vb.(runtime.Float)
				if aok || bok {
					if !aok {
						if a, ok := va.(runtime.Int); ok && exactFloat(a) {
							fa, aok = runtime.Float(a), true
						}
					} else if !bok {
						if b, ok := vb.(runtime.Int); ok && exactFloat(b) {
							fb, bok = runtime.Float(b), true
						}
					}
					if aok && bok {
						switch op.Plain() {
						case code.BinAdd:
							fr = float64(fa + fb)
							goto boxFloat
						case code.BinSub:
							fr = float64(fa - fb)
							goto boxFloat
						case code.BinMul:
							fr = float64(fa * fb)
							goto boxFloat
						case code.BinTrueDiv:
							if fb != 0 {
								fr = float64(fa / fb)
								goto boxFloat
							}
						}
					}
				}
				f.owned = 0 // (user code may keep the operands, see owned.go)
				x, ok := intBinaryRest(bx, op.Plain(), va, vb)
				if !ok {
					var err error
					if op.IsInplace() {
						x, err = runtime.InPlace(th, runtime.BinaryOp(op.Plain()), va, vb)
					} else {
						x, err = runtime.Binary(th, runtime.BinaryOp(op), va, vb)
					}
					va, vb = nil, nil
					if err != nil {
						ferr = err
						goto fail
					}
				}
				stack[sp] = x
				sp++
			}
			continue

		cmpInt:
			// ca cop cb, fused with a conditional jump that follows (inline: a call
			// would spill eval's registers)
			{
				var r bool
				switch code.CompareOp(instrAt(ip, pc-1).Arg()) { // (never quickened)
				case code.CmpLt:
					r = ca < cb
				case code.CmpLe:
					r = ca <= cb
				case code.CmpEq:
					r = ca == cb
				case code.CmpNe:
					r = ca != cb
				case code.CmpGt:
					r = ca > cb
				default:
					r = ca >= cb
				}
				if next := instrAt(ip, pc); next.Op() == code.POP_JUMP_IF_FALSE || next.Op() == code.POP_JUMP_IF_TRUE {
					pc++
					if r == (next.Op() == code.POP_JUMP_IF_TRUE) {
						pc = int(next.Arg())
					}
					continue
				}
				stack[sp] = runtime.Bool(r)
				sp++
			}
			continue

		storeOwnedInt:
			// store ir, the int result of the opInplaceStoreFast or the next item of the
			// opForIterStoreOwned at pc-1, into the owned slot of the STORE_FAST at pc:
			// into the slot's box when the frame owns it (see owned.go), else boxed
			// afresh, the frame then owning the new box (the shared one of a small int is
			// not owned). (Eval's blocks cannot share code through calls: see binOp.)
			{
				a := instrAt(ip, pc).Arg()
				pc++
				dst = &fast[a]
				if w := (*iface)(unsafe.Pointer(dst)); f.owned&(1<<a) != 0 && w.tab == intTab {
					*(*int64)(w.data) = int64(ir)
					continue
				}
				if u := uint64(ir + smallIntNeg); u < uint64(len(smallInts)) {
					f.owned &^= 1 << a
					*dst = smallInts[u]
					continue
				}
				f.owned |= 1 << a
				goto boxInt
			}

		storeOwnedFloat:
			// store fr, the float result of the opInplaceStoreFast at pc-1, as
			// storeOwnedInt stores an int
			{
				a := instrAt(ip, pc).Arg()
				pc++
				dst = &fast[a]
				if w := (*iface)(unsafe.Pointer(dst)); f.owned&(1<<a) != 0 && w.tab == floatTab {
					*(*float64)(w.data) = fr
					continue
				}
				if bx == nil {
					// (Go's own boxing may share the box: floats whose bits are small
					// come from a static table)
					f.owned &^= 1 << a
					*dst = runtime.Float(fr)
					continue
				}
				f.owned |= 1 << a
				*dst = bx.float(fr)
				continue
			}

		boxFloat:
			// push fr, boxed in a slot of the thread's block (in place, as boxInt)
			if bx != nil && len(bx.floats) > 0 {
				p := &bx.floats[0]
				*p = fr
				bx.floats = bx.floats[1:]
				w := (*iface)(unsafe.Pointer(&stack[sp]))
				w.tab = floatTab
				w.data = unsafe.Pointer(p)
			} else {
				stack[sp] = bx.float(fr)
			}
			sp++
			continue

		boxInt:
			// box ir into *dst: a small int from the cache, or a slot of the thread's
			// block, written in place (a call would spill eval's registers)
			if u := uint64(ir + smallIntNeg); u < uint64(len(smallInts)) {
				*dst = smallInts[u]
			} else if bx != nil && len(bx.ints) > 0 {
				p := &bx.ints[0]
				*p = int64(ir)
				bx.ints = bx.ints[1:]
				w := (*iface)(unsafe.Pointer(dst))
				w.tab = intTab
				w.data = unsafe.Pointer(p)
			} else {
				*dst = bx.int(ir)
			}
		}
	}
}

// instrAt returns the instruction at index i of the dispatch array whose first element is
// at p. The compiler guarantees every pc eval reaches is in the array (the last
// instruction of a code object is a RETURN_VALUE or a jump), so eval reads it unchecked:
// a bounds check there costs registers in the dispatch of every instruction.
func instrAt(p unsafe.Pointer, i int) code.Instr {
	return *(*code.Instr)(unsafe.Add(p, uintptr(i)*unsafe.Sizeof(code.Instr(0))))
}
